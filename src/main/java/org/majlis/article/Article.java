package org.majlis.article;

import java.time.OffsetDateTime;

import org.majlis.common.PartialDate;

/** A news article the graph was read from. */
public record Article(String id, String url, String title, PartialDate publishedAt, String language,
		String sourceName, OffsetDateTime ingestedAt) {
}
