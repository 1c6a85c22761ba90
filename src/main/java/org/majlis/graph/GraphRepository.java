package org.majlis.graph;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The Cypher of the whole-graph export. Labels and types come from {@link GraphModel}. */
@Repository
class GraphRepository {

	private final Neo4jClient neo4j;
	private final GraphModel model;

	GraphRepository(Neo4jClient neo4j, GraphModel model) {
		this.model = model;
		this.neo4j = neo4j;
	}

	/** Every node with one of the labels and every relationship of the types between them. */
	Subgraph whole(List<String> labels, List<String> types) {
		List<GraphNode> nodes = List.copyOf(neo4j.query("MATCH (n:" + GraphModel.labelExpression(labels) + ") RETURN "
				+ model.nodeMap("n") + " AS node ORDER BY n.id")
			.fetchAs(GraphNode.class).mappedBy((t, record) -> GraphRows.node(record.get("node").asObject(), model.allLabels)).all());
		String label = GraphModel.labelExpression(labels);
		List<GraphEdge> edges = List.copyOf(neo4j.query("MATCH (:" + label + ")-[r:" + GraphModel.typeExpression(types)
				+ "]->(:" + label + ") RETURN " + GraphModel.relMap("r") + " AS rel")
			.fetchAs(GraphEdge.class).mappedBy((t, record) -> GraphRows.edge(record.get("rel").asObject())).all());
		return Subgraph.of(nodes, edges, false);
	}
}
