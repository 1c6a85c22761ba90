package org.majlis.learn;

import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.ArticleExtractor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's extractor during cross-validation: it reads with whichever extractor the current fold uses, so one
 * running service ingests each outlet's texts with the model trained without that outlet.
 */
final class FoldExtractor extends ArticleExtractor {

	private volatile ArticleExtractor current;

	FoldExtractor() {
		super(null);
		this.current = ArticleExtractor.rulesAlone();
	}

	void use(ArticleExtractor extractor) {
		this.current = extractor;
	}

	@Override
	public ArticleExtraction extract(String text, PartialDate publishedAt) {
		return current.extract(text, publishedAt);
	}

	/** Puts the fold's extractor in the service in place of its own. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		@Primary
		FoldExtractor foldExtractor() {
			return new FoldExtractor();
		}
	}
}
