package org.majlis.graph;

import java.util.List;

import org.majlis.common.PartialDate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The graph queries of the GraphQL API; Subgraph, GraphNode and GraphEdge are records read as they are. */
@Controller
class GraphController {

	private final GraphService graph;

	GraphController(GraphService graph) {
		this.graph = graph;
	}

	@QueryMapping
	Subgraph neighborhood(@Argument String id, @Argument Integer depth, @Argument List<String> relationshipTypes,
			@Argument Integer limit) {
		return graph.neighborhood(id, orDefault(depth, 1), relationshipTypes, orDefault(limit, 100));
	}

	@QueryMapping
	Subgraph shortestPath(@Argument String from, @Argument String to, @Argument Integer maxDepth) {
		return graph.shortestPath(from, to, orDefault(maxDepth, 6));
	}

	@QueryMapping
	Subgraph coAttendance(@Argument String topic, @Argument PartialDate from, @Argument PartialDate to,
			@Argument Integer minShared) {
		return graph.coAttendance(topic, from, to, orDefault(minShared, 1));
	}

	/** An argument given as an explicit null means its schema default. */
	private static int orDefault(Integer value, int fallback) {
		return value == null ? fallback : value;
	}
}
