package org.majlis.graph;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Nodes and the edges between them, each once; truncated when a limit left something out. */
public record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {

	public static Subgraph empty() {
		return new Subgraph(List.of(), List.of(), false);
	}

	/** Nodes and edges with duplicates (same id) dropped, in first-seen order. */
	static Subgraph of(Collection<GraphNode> nodes, Collection<GraphEdge> edges, boolean truncated) {
		Map<String, GraphNode> uniqueNodes = new LinkedHashMap<>();
		nodes.forEach(node -> uniqueNodes.putIfAbsent(node.id(), node));
		Map<String, GraphEdge> uniqueEdges = new LinkedHashMap<>();
		edges.forEach(edge -> uniqueEdges.putIfAbsent(edge.id(), edge));
		return new Subgraph(List.copyOf(uniqueNodes.values()), List.copyOf(uniqueEdges.values()), truncated);
	}
}
