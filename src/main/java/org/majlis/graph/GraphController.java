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
	Subgraph neighborhood(@Argument String id, @Argument int depth, @Argument List<String> relationshipTypes,
			@Argument int limit) {
		return graph.neighborhood(id, depth, relationshipTypes, limit);
	}

	@QueryMapping
	Subgraph shortestPath(@Argument String from, @Argument String to, @Argument int maxDepth) {
		return graph.shortestPath(from, to, maxDepth);
	}

	@QueryMapping
	Subgraph coAttendance(@Argument String topic, @Argument PartialDate from, @Argument PartialDate to,
			@Argument int minShared) {
		return graph.coAttendance(topic, from, to, minShared);
	}
}
