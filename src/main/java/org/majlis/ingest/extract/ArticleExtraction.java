package org.majlis.ingest.extract;

import java.util.List;

import org.majlis.common.PartialDate;

/**
 * Everything read from one article, before it is resolved against the graph. Mentions refer to each other
 * through their {@code ref}s, which are local to this article.
 *
 * @param cleanedText the text after cleaning (offsets in {@link Evidence} point into it)
 * @param publishedAt the article's date, given or read from its dateline; may be null
 */
public record ArticleExtraction(
		String cleanedText,
		PartialDate publishedAt,
		List<PersonMention> people,
		List<OrganizationMention> organizations,
		List<PlaceMention> places,
		List<EventMention> events) {
}
