package org.majlis.ingest;

import java.util.List;

/**
 * What ingesting one article did: the article's id, whether it was already in the graph, the entities it
 * names, and how many nodes it created or merged into existing ones.
 */
public record IngestResult(String articleId, boolean duplicate, List<String> personIds, List<String> organizationIds,
		List<String> eventIds, int entitiesCreated, int entitiesMerged) {
}
