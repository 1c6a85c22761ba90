package org.majlis.graph;

import java.util.Map;

/** A relationship as explorers draw it, with an id stable across requests and restarts. */
public record GraphEdge(String id, String source, String target, String type, Map<String, Object> properties) {
}
