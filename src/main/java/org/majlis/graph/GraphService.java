package org.majlis.graph;

import java.util.List;

import org.majlis.query.QueryEngine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Graph-shaped reads for the exports: a neighbourhood through the read engine (as GraphQL reads it), or the whole graph. */
@Service
public class GraphService {

	private final GraphRepository repository;
	private final GraphModel model;
	private final NeighbourhoodQuery neighbourhoods;
	private final QueryEngine engine;

	GraphService(GraphRepository repository, GraphModel model, NeighbourhoodQuery neighbourhoods, QueryEngine engine) {
		this.repository = repository;
		this.model = model;
		this.neighbourhoods = neighbourhoods;
		this.engine = engine;
	}

	/** Nodes within depth hops of the node, at most limit neighbours of each, most connected first, in one read statement. */
	public Subgraph neighborhood(String id, int depth, List<String> relationshipTypes, int limit) {
		return neighbourhoods.subgraph(engine.value(compilation -> neighbourhoods.expression(compilation, id, depth, relationshipTypes, limit, true)),
				depth, limit);
	}

	/** The whole graph, with articles and MENTIONED_IN only when asked for, in one read transaction. */
	@Transactional(readOnly = true)
	public Subgraph whole(boolean articles) {
		return articles ? repository.whole(model.allLabels, model.allTypes)
				: repository.whole(model.entityLabels, model.entityTypes);
	}
}
