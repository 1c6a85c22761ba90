package org.majlis.ingest;

import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.ArticleExtractor;

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
