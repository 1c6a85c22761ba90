package org.majlis.graph;

import graphql.schema.DataFetchingEnvironment;

import org.majlis.query.RootField;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The graph queries of the GraphQL API as root fields of the read engine: each compiles into the request's one
 * statement, and its answer becomes a {@link Subgraph} (records, read as they are by the nested fields).
 */
@Configuration(proxyBeanMethods = false)
class GraphRoots {

	@Bean
	RootField neighborhoodRoot(NeighbourhoodQuery query) {
		return RootField.of("neighborhood", (compilation, environment) -> query.expression(compilation, environment.getArgument("id"),
				depth(environment), environment.getArgument("relationshipTypes"), limit(environment), degreeByType(environment)),
				(value, environment) -> query.subgraph(value, depth(environment), limit(environment)));
	}

	@Bean
	RootField shortestPathRoot(ShortestPathQuery query) {
		return RootField.of("shortestPath", (compilation, environment) -> query.expression(compilation, environment.getArgument("from"),
				environment.getArgument("to"), GraphArguments.orDefault(environment.getArgument("maxDepth"), 6), degreeByType(environment)),
				(value, environment) -> query.subgraph(value));
	}

	@Bean
	RootField coAttendanceRoot(CoAttendanceQuery query) {
		return RootField.of("coAttendance", (compilation, environment) -> query.expression(compilation, environment.getArgument("topic"),
				environment.getArgument("from"), environment.getArgument("to"), GraphArguments.orDefault(environment.getArgument("minShared"), 1),
				degreeByType(environment)),
				(value, environment) -> query.subgraph(value));
	}

	/** Whether the request reads a node's degree by type, a count per relationship type that is left out otherwise. */
	private static boolean degreeByType(DataFetchingEnvironment environment) {
		return environment.getSelectionSet().contains("nodes/degreeByType");
	}

	private static int depth(DataFetchingEnvironment environment) {
		return GraphArguments.orDefault(environment.getArgument("depth"), 1);
	}

	private static int limit(DataFetchingEnvironment environment) {
		return GraphArguments.orDefault(environment.getArgument("limit"), 100);
	}
}
