package org.majlis.ingest;

import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.ArticleExtractor;
import org.majlis.ingest.page.PageReader;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;

/**
 * Ingests articles: validates them, then extracts, resolves and writes each in one transaction. A transient
 * Neo4j error, or losing a race with another client writing the same article or entity, retries the whole
 * article, which then finds what the other client wrote.
 */
@Service
public class IngestService {

	private final ArticleIngestion ingestion;
	private final ArticlePreviews previews;
	private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
		.includes(TransientDataAccessException.class, DataIntegrityViolationException.class)
		.maxRetries(4)
		.delay(java.time.Duration.ofMillis(50))
		.build());

	IngestService(ArticleIngestion ingestion, ArticlePreviews previews) {
		this.ingestion = ingestion;
		this.previews = previews;
	}

	/** Ingests one article; throws {@link InvalidArticleException} (and writes nothing) for bad input. */
	public IngestResult ingest(IngestArticleInput input) {
		ArticleValidator.validate(input);
		try {
			return retry.execute(() -> ingestion.ingest(input));
		}
		catch (RetryException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * The article of a web page, as {@link #ingest} takes it: the main text a reader sees, with the page's own publication
	 * date, title, outlet, canonical url and language; {@code url} (may be null) is where the page came from. Throws
	 * {@link InvalidArticleException} for a page without an article body.
	 */
	public IngestArticleInput readPage(String html, String url) {
		return PageInputs.of(html, url);
	}

	/** {@link #readPage(String, String)} of a page's bytes, in {@code charset} or, when null, the one the page declares. */
	public IngestArticleInput readPage(byte[] html, String charset, String url) {
		return PageInputs.of(html, charset, url);
	}

	/** Ingests the article of a web page (see {@link #readPage(String, String)}) as {@link #ingest} does. */
	public IngestResult ingestPage(String html, String url) {
		return ingest(readPage(html, url));
	}

	/** The dry run of {@link #ingestPage}: what the page's article would add, written nowhere. */
	public ExtractionPreview previewPage(String html, String url) {
		IngestArticleInput input = readPage(html, url);
		ArticleValidator.validate(input);
		return previews.preview(input.text(), input.publishedAt());
	}

	/** The largest page read, in bytes or characters. */
	public static int maxPageSize() {
		return PageReader.MAX_PAGE_SIZE;
	}

	/**
	 * What ingesting the text would add, read and resolved like {@link #ingest} but written nowhere; throws
	 * {@link InvalidArticleException} for text that ingestion would refuse.
	 */
	public ExtractionPreview preview(String text, PartialDate publishedAt) {
		ArticleValidator.validate(new IngestArticleInput(text, null, null, publishedAt, null, null));
		return previews.preview(text, publishedAt);
	}

	/** The longest article accepted, in characters. */
	public static int maxCharacters() {
		return ArticleValidator.MAX_CHARACTERS;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ExtractionProperties.class)
	static class ExtractorConfiguration {

		@Bean
		ArticleExtractor articleExtractor(ExtractionProperties properties) {
			return switch (properties.attendance()) {
				case LEARNED -> new ArticleExtractor();
				case RULES -> ArticleExtractor.rulesAlone();
			};
		}
	}
}
