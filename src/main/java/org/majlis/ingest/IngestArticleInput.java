package org.majlis.ingest;

import org.majlis.common.PartialDate;

/** One article to ingest; only {@code text} is required. */
public record IngestArticleInput(String text, String url, String title, PartialDate publishedAt, String language,
		String sourceName) {
}
