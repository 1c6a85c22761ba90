package org.majlis.bench.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.majlis.common.ArabicText;
import org.majlis.ingest.IngestArticleInput;
import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.ArticleExtractor;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCorpusTests {

	@Test
	void shouldGenerateTheSameArticlesForTheSameSeed() {
		assertThat(new SyntheticCorpus(42).next(50)).isEqualTo(new SyntheticCorpus(42).next(50));
		assertThat(new SyntheticCorpus(42).next(10)).isNotEqualTo(new SyntheticCorpus(43).next(10));
	}

	@Test
	void shouldGenerateDistinctArabicArticlesWithTheirMetadata() {
		List<IngestArticleInput> articles = new SyntheticCorpus(7).next(300);
		assertThat(new HashSet<>(articles.stream().map(IngestArticleInput::text).toList())).hasSize(300);
		assertThat(articles).allSatisfy(article -> {
			assertThat(ArabicText.hasArabic(article.text())).isTrue();
			assertThat(article.text()).doesNotContainPattern("[\\p{Cntrl}&&[^\\n]]").doesNotContain("%s");
			assertThat(article.language()).isEqualTo("ar");
			assertThat(article.url()).startsWith("https://bench.majlis.invalid/7/");
			assertThat(article.title()).isNotBlank();
		});
	}

	@Test
	void shouldGenerateArticlesTheExtractorReadsEventsAndPeopleFrom() {
		ArticleExtractor extractor = new ArticleExtractor();
		List<ArticleExtraction> read = new SyntheticCorpus(42).next(100).stream()
			.map(article -> extractor.extract(article.text(), article.publishedAt()))
			.toList();
		assertThat(read).allSatisfy(article -> assertThat(article.events()).isNotEmpty());
		assertThat(read.stream().filter(article -> !article.people().isEmpty()).count()).isGreaterThan(90);
		assertThat(read.stream().filter(article -> !article.organizations().isEmpty()).count()).isGreaterThan(90);
	}

	@Test
	void shouldLetPeopleRecurAcrossArticles() {
		ArticleExtractor extractor = new ArticleExtractor();
		Map<String, Long> articlesByName = new SyntheticCorpus(42).next(200).stream()
			.flatMap(article -> extractor.extract(article.text(), null).people().stream().map(person -> person.name()).distinct())
			.collect(Collectors.groupingBy(name -> name, Collectors.counting()));
		assertThat(articlesByName.size()).as("distinct people").isGreaterThan(50);
		assertThat(articlesByName.values().stream().filter(n -> n >= 3).count()).as("people read in three articles or more").isGreaterThan(30);
		assertThat(articlesByName.values().stream().max(Long::compare).orElseThrow()).as("the most frequent person's articles").isGreaterThan(10);
	}
}
