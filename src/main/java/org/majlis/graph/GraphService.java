package org.majlis.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.majlis.common.PartialDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Graph-shaped reads for explorers; arguments are validated here, each call is one read transaction. */
@Service
@Transactional(readOnly = true)
public class GraphService {

	static final int MAX_DEPTH = 3;
	static final int MAX_LIMIT = 500;
	static final int MAX_PATH_LENGTH = 10;
	/** A neighbourhood stops growing at this many nodes. */
	static final int MAX_NODES = 5000;
	static final int MAX_PAIRS = 2000;

	private final GraphRepository repository;
	private final GraphModel model;

	GraphService(GraphRepository repository, GraphModel model) {
		this.repository = repository;
		this.model = model;
	}

	/** Nodes within depth hops of the node, at most limit neighbours of each, most connected first. */
	public Subgraph neighborhood(String id, int depth, List<String> relationshipTypes, int limit) {
		within("depth", depth, 1, MAX_DEPTH);
		within("limit", limit, 1, MAX_LIMIT);
		List<String> types = model.types(relationshipTypes);
		Optional<GraphRepository.Found> centre = repository.find(id);
		if (centre.isEmpty()) {
			return Subgraph.empty();
		}
		Map<String, GraphNode> nodes = new LinkedHashMap<>();
		nodes.put(centre.get().elementId(), centre.get().node());
		List<GraphEdge> edges = new ArrayList<>();
		List<String> frontier = List.of(centre.get().elementId());
		boolean truncated = false;
		for (int hop = 0; hop < depth && !frontier.isEmpty() && !truncated; hop++) {
			List<String> next = new ArrayList<>();
			for (GraphRepository.Expansion expansion : repository.expand(frontier, types, limit)) {
				truncated |= expansion.more();
				for (GraphRepository.Found neighbour : expansion.neighbours()) {
					if (!nodes.containsKey(neighbour.elementId())) {
						nodes.put(neighbour.elementId(), neighbour.node());
						next.add(neighbour.elementId());
					}
				}
				edges.addAll(expansion.edges());
			}
			if (nodes.size() > MAX_NODES) {
				truncated = true;
			}
			frontier = next;
		}
		return Subgraph.of(nodes.values(), edges, truncated);
	}

	/** All shortest paths (up to a few) between two nodes, not via articles; null when there is none. */
	public Subgraph shortestPath(String from, String to, int maxDepth) {
		within("maxDepth", maxDepth, 1, MAX_PATH_LENGTH);
		if (from.equals(to)) {
			return repository.find(from).map(found -> Subgraph.of(List.of(found.node()), List.of(), false)).orElse(null);
		}
		return repository.shortestPaths(from, to, maxDepth).orElse(null);
	}

	/** People linked by the events they attended together, one CO_ATTENDED edge per pair. */
	public Subgraph coAttendance(String topic, PartialDate from, PartialDate to, int minShared) {
		if (minShared < 1) {
			throw new IllegalArgumentException("minShared must be at least 1, not " + minShared);
		}
		String key = topic == null ? null : topic.replaceFirst("^topic:", "");
		List<GraphRepository.CoAttendance> pairs = repository.coAttendance(key,
				withYear(from, "from") == null ? null : from.earliest(), withYear(to, "to") == null ? null : to.latest(),
				minShared, MAX_PAIRS + 1);
		List<GraphNode> nodes = new ArrayList<>();
		List<GraphEdge> edges = new ArrayList<>();
		for (GraphRepository.CoAttendance pair : pairs.subList(0, Math.min(MAX_PAIRS, pairs.size()))) {
			nodes.add(pair.first());
			nodes.add(pair.second());
			String source = pair.first().id();
			String target = pair.second().id();
			edges.add(new GraphEdge("CO_ATTENDED:" + source + "->" + target, source, target, "CO_ATTENDED",
					Map.of("count", pair.events().size(), "events", pair.events())));
		}
		return Subgraph.of(nodes, edges, pairs.size() > MAX_PAIRS);
	}

	/** The whole graph, with articles and MENTIONED_IN only when asked for. */
	public Subgraph whole(boolean articles) {
		return articles ? repository.whole(model.allLabels, model.allTypes)
				: repository.whole(model.entityLabels, model.entityTypes);
	}

	private static void within(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
		}
	}

	private static PartialDate withYear(PartialDate date, String name) {
		if (date != null && !date.hasYear()) {
			throw new IllegalArgumentException(name + " needs a year to bound a date range: " + date);
		}
		return date;
	}
}
