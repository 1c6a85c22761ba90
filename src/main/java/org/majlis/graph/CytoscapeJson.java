package org.majlis.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A subgraph in Cytoscape.js's JSON: {@code {"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}}. */
final class CytoscapeJson {

	private CytoscapeJson() {
	}

	static Map<String, Object> of(Subgraph graph) {
		List<Map<String, Object>> nodes = graph.nodes().stream().map(CytoscapeJson::node).toList();
		List<Map<String, Object>> edges = graph.edges().stream().map(CytoscapeJson::edge).toList();
		Map<String, Object> elements = new LinkedHashMap<>();
		elements.put("nodes", nodes);
		elements.put("edges", edges);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("data", Map.of("name", "majlis", "truncated", graph.truncated()));
		json.put("elements", elements);
		return json;
	}

	private static Map<String, Object> node(GraphNode node) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", node.id());
		data.put("label", node.label());
		data.put("caption", node.caption());
		data.put("degree", node.degree());
		data.put("degreeByType", node.degreeByType());
		node.properties().forEach(data::putIfAbsent);
		return Map.of("data", data, "classes", node.label());
	}

	private static Map<String, Object> edge(GraphEdge edge) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", edge.id());
		data.put("source", edge.source());
		data.put("target", edge.target());
		data.put("type", edge.type());
		edge.properties().forEach(data::putIfAbsent);
		return Map.of("data", data, "classes", edge.type());
	}
}
