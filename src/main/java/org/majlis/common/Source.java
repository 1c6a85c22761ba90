package org.majlis.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a node or a fact was read: the article, the sentence it stands in, and how sure the extraction was.
 * Facts (relationships) keep their sources as three parallel lists on the relationship ({@code sourceIds},
 * {@code quotes}, {@code confidences}) so that reading them costs no extra hop; nodes keep theirs on
 * {@code (node)-[:MENTIONED_IN {quote, confidence}]->(:Article)}.
 */
public record Source(String articleId, String quote, Double confidence) {

	/**
	 * Zips the parallel source lists of a relationship; missing entries, and empty quotes (Neo4j lists cannot
	 * hold nulls), read as null.
	 */
	public static List<Source> fromLists(List<?> articleIds, List<?> quotes, List<?> confidences) {
		if (articleIds == null) {
			return List.of();
		}
		List<Source> sources = new ArrayList<>(articleIds.size());
		for (int i = 0; i < articleIds.size(); i++) {
			Object quote = quotes != null && i < quotes.size() ? quotes.get(i) : null;
			Object confidence = confidences != null && i < confidences.size() ? confidences.get(i) : null;
			sources.add(new Source(String.valueOf(articleIds.get(i)), quote == null || quote.toString().isEmpty() ? null : quote.toString(),
					confidence instanceof Number n ? n.doubleValue() : null));
		}
		return sources;
	}
}
