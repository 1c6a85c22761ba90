package org.majlis.graph;

import java.util.Map;

/**
 * A node as explorers draw it: its stable id, primary label, a caption, its public properties, and its
 * degree in the whole graph, in total and by relationship type.
 */
public record GraphNode(String id, String label, String caption, Map<String, Object> properties, int degree,
		Map<String, Integer> degreeByType) {
}
