package org.majlis.graph;

import java.util.List;
import java.util.Map;

import org.majlis.query.Compilation;

import org.springframework.stereotype.Component;

/**
 * {@code shortestPath}: all shortest paths (at most {@link #MAX_PATHS}) between two nodes over the model's
 * relationships, never via articles, as one expression of the read engine's statement; a node and itself give the
 * node alone.
 */
@Component
class ShortestPathQuery {

	static final int MAX_PATH_LENGTH = 10;
	/** Paths returned at most. */
	static final int MAX_PATHS = 20;

	private final GraphModel model;

	ShortestPathQuery(GraphModel model) {
		this.model = model;
	}

	/** The expression of the paths (null when an id is of no node kind); maxDepth is checked here. */
	String expression(Compilation compilation, String from, String to, int maxDepth, boolean degreeByType) {
		GraphArguments.within("maxDepth", maxDepth, 1, MAX_PATH_LENGTH);
		String fromLabel = model.labelOf(from);
		String toLabel = model.labelOf(to);
		if (fromLabel == null || toLabel == null) {
			return "null";
		}
		String a = compilation.mergedId(from);
		String b = compilation.mergedId(to);
		// the paths' MATCH keeps a node apart from itself: allShortestPaths refuses a path from a node to itself
		return """
				{same: %1$s = %2$s,
				 node: head(COLLECT { MATCH (n:%3$s {id: %1$s}) WHERE %1$s = %2$s RETURN %5$s }),
				 paths: COLLECT {
				   MATCH (a:%3$s {id: %1$s}), (b:%4$s {id: %2$s}) WHERE %1$s <> %2$s AND a <> b
				   MATCH p = allShortestPaths((a)-[:%6$s*..%7$d]-(b))
				   RETURN {nodes: [n IN nodes(p) | %5$s], rels: [r IN relationships(p) | %8$s]}
				   LIMIT %9$d
				 }}""".formatted(a, b, fromLabel, toLabel, model.nodeMap("n", degreeByType), GraphModel.typeExpression(model.entityTypes), maxDepth,
				GraphModel.relMap("r"), MAX_PATHS);
	}

	/** The subgraph of the paths; null when there is none. */
	@SuppressWarnings("unchecked")
	Subgraph subgraph(Object value) {
		if (value == null) {
			return null;
		}
		Map<String, Object> answer = (Map<String, Object>) value;
		if (Boolean.TRUE.equals(answer.get("same"))) {
			Object node = answer.get("node");
			return node == null ? null : Subgraph.of(List.of(GraphRows.node(node, model.allLabels)), List.of(), false);
		}
		List<Map<String, Object>> paths = (List<Map<String, Object>>) answer.get("paths");
		if (paths.isEmpty()) {
			return null;
		}
		return Subgraph.of(
				paths.stream().flatMap(path -> ((List<Object>) path.get("nodes")).stream()).map(node -> GraphRows.node(node, model.allLabels)).toList(),
				paths.stream().flatMap(path -> ((List<Object>) path.get("rels")).stream()).map(GraphRows::edge).toList(),
				paths.size() >= MAX_PATHS);
	}
}
