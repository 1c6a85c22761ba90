package org.majlis.ingest;

import java.util.List;
import java.util.Map;

/** The answer to {@code ingestArticle}: the nodes as the read engine built them for the selection. */
public record IngestArticlePayload(Map<String, Object> article, boolean duplicate, List<Map<String, Object>> people,
		List<Map<String, Object>> organizations, List<Map<String, Object>> events) {
}
