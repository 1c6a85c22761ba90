package org.majlis.ingest.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.majlis.common.PartialDate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the extractor over the sample articles of ../shared/corpus when that folder exists (skipped
 * otherwise). With the environment variable MAJLIS_EXTRACT_DUMP set, writes every extraction as JSON there.
 */
class CorpusExtractionTests {

	private static final Path CORPUS = Path.of("../shared/corpus");
	private static final Path GOLD = Path.of("../shared/eval/seed-gold.json");

	@Test
	void shouldReadAnEventFromEverySampleArticle() throws IOException {
		assumeTrue(Files.isDirectory(CORPUS) && Files.exists(GOLD), "sample corpus not present");
		JsonMapper json = JsonMapper.builder().build();
		Map<String, Object> gold = json.readValue(GOLD.toFile(), Map.class);
		Map<?, ?> articles = (Map<?, ?>) gold.get("articles");
		ArticleExtractor extractor = new ArticleExtractor();
		Map<String, ArticleExtraction> out = new LinkedHashMap<>();
		List<Path> files;
		try (Stream<Path> list = Files.list(CORPUS)) {
			files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			Map<?, ?> meta = (Map<?, ?>) articles.get(name);
			Object published = meta == null ? null : meta.get("published");
			PartialDate date = published == null ? null : PartialDate.parse(published.toString());
			ArticleExtraction extraction = extractor.extract(Files.readString(file, StandardCharsets.UTF_8), date);
			assertThat(extraction.events()).as(name).hasSize(1);
			out.put(name, extraction);
		}
		String dump = System.getenv("MAJLIS_EXTRACT_DUMP");
		if (dump != null && !dump.isBlank()) {
			Files.writeString(Path.of(dump), json.writerWithDefaultPrettyPrinter().writeValueAsString(out), StandardCharsets.UTF_8);
		}
	}
}
