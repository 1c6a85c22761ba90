package org.majlis.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.majlis.query.Compilation;

import org.springframework.stereotype.Component;

/**
 * {@code neighborhood}: the nodes within depth hops of a node, at most limit neighbours of each, most connected first,
 * as one expression of the read engine's statement. The statement expands each hop's frontier (the nodes the hop
 * before reached first, unless a limit or {@link #MAX_NODES} stopped the growth) and returns every expansion;
 * {@link #subgraph} walks them breadth first into the nodes and edges, in the order they were reached.
 */
@Component
class NeighbourhoodQuery {

	static final int MAX_DEPTH = 3;
	static final int MAX_LIMIT = 500;
	/** A neighbourhood stops growing at this many nodes. */
	static final int MAX_NODES = 5000;

	/**
	 * One hop: each frontier node's neighbours over the types, most connected first, one more than the limit (to know
	 * whether some were left out), with the relationships to them; then the nodes this hop reached that were not seen.
	 * {@code %1$s} the hop before, {@code %2$s} this hop, {@code %3$s} the types, {@code %4$s} the fetch and {@code %5$s}
	 * the limit parameters, {@code %6$s} and {@code %7$s} the maps of {@code n} and {@code r}, {@code %8$s} {@link #FOUND} or nothing.
	 */
	private static final String HOP = """
			CALL (frontier%1$s, seen%1$s) {
			  UNWIND frontier%1$s AS f
			  CALL (f) {
			    MATCH (f)-[r:%3$s]-(n)
			    WITH n, collect(r) AS rels, COUNT { (n)--() } AS degree
			    ORDER BY degree DESC, n.id
			    LIMIT %4$s
			    RETURN collect({element: elementId(n), node: %6$s, rels: [r IN rels | %7$s]}) AS neighbours, collect(n)[..%5$s] AS reached
			  }
			  WITH collect({element: elementId(f), neighbours: neighbours}) AS expansions, coalesce(max(size(neighbours)), 0) > %5$s AS more,
			    collect(reached) AS reachedLists
			  RETURN expansions AS hop%2$s, more AS more%2$s%8$s
			}
			""";

	/** What a hop reached that was not seen before it, the next hop's frontier; not asked of the last hop. */
	private static final String FOUND = """
			,
			    COLLECT { UNWIND reachedLists AS reachedList UNWIND reachedList AS x WITH DISTINCT x WHERE NOT x IN seen%1$s RETURN x } AS found%2$s""";

	private final GraphModel model;

	NeighbourhoodQuery(GraphModel model) {
		this.model = model;
	}

	/** The expression of the neighbourhood (null when the id is of no node kind); the arguments are checked here. */
	String expression(Compilation compilation, String id, int depth, List<String> relationshipTypes, int limit, boolean degreeByType) {
		GraphArguments.within("depth", depth, 1, MAX_DEPTH);
		GraphArguments.within("limit", limit, 1, MAX_LIMIT);
		String types = GraphModel.typeExpression(model.types(relationshipTypes));
		String label = model.labelOf(id);
		if (label == null) {
			return "null";
		}
		String centre = compilation.variable("c");
		String fetch = compilation.parameter(limit + 1);
		String kept = compilation.parameter(limit);
		StringBuilder out = new StringBuilder("head(COLLECT {\nMATCH (" + centre + ":" + label + " {id: " + compilation.mergedId(id) + "})\n");
		out.append("WITH " + centre + ", [" + centre + "] AS seen0, [" + centre + "] AS frontier0\n");
		List<String> hops = new ArrayList<>();
		for (int hop = 1; hop <= depth; hop++) {
			out.append(HOP.formatted(hop - 1, hop, types, fetch, kept, model.nodeMap("n", degreeByType), GraphModel.relMap("r"),
					hop < depth ? FOUND.formatted(hop - 1, hop) : ""));
			hops.add("hop" + hop);
			if (hop < depth) {
				// the next frontier: what this hop reached first, unless a limit or the size of the whole stopped the growth
				out.append("WITH " + centre + ", " + String.join(", ", hops) + ", seen" + (hop - 1) + " + found" + hop + " AS seen" + hop
						+ ", CASE WHEN more" + hop + " OR size(seen" + (hop - 1) + ") + size(found" + hop + ") > " + MAX_NODES
						+ " THEN [] ELSE found" + hop + " END AS frontier" + hop + "\n");
			}
		}
		return out.append("RETURN {centre: {element: elementId(" + centre + "), node: " + model.nodeMap(centre, degreeByType) + "}, hops: ["
				+ String.join(", ", hops) + "]}\n})").toString();
	}

	/** The subgraph of the expansions the statement returned: nodes in the order they were reached, breadth first. */
	@SuppressWarnings("unchecked")
	Subgraph subgraph(Object value, int depth, int limit) {
		if (value == null) {
			return Subgraph.empty();
		}
		Map<String, Object> answer = (Map<String, Object>) value;
		Map<String, Object> centre = (Map<String, Object>) answer.get("centre");
		List<List<Map<String, Object>>> hops = (List<List<Map<String, Object>>>) answer.get("hops");
		Map<String, GraphNode> nodes = new LinkedHashMap<>();
		nodes.put((String) centre.get("element"), GraphRows.node(centre.get("node"), model.allLabels));
		List<GraphEdge> edges = new ArrayList<>();
		List<String> frontier = List.of((String) centre.get("element"));
		boolean truncated = false;
		for (int hop = 0; hop < depth && !frontier.isEmpty() && !truncated; hop++) {
			Map<String, List<Map<String, Object>>> expansions = new HashMap<>();
			hops.get(hop).forEach(expansion -> expansions.put((String) expansion.get("element"),
					(List<Map<String, Object>>) expansion.get("neighbours")));
			List<String> next = new ArrayList<>();
			for (String element : frontier) {
				List<Map<String, Object>> all = expansions.get(element);
				if (all == null) {
					throw new IllegalStateException("The statement did not expand " + element + " at hop " + (hop + 1));
				}
				truncated |= all.size() > limit;
				List<Map<String, Object>> kept = all.subList(0, Math.min(limit, all.size()));
				for (Map<String, Object> neighbour : kept) {
					String reached = (String) neighbour.get("element");
					if (!nodes.containsKey(reached)) {
						nodes.put(reached, GraphRows.node(neighbour.get("node"), model.allLabels));
						next.add(reached);
					}
				}
				kept.forEach(neighbour -> ((List<Object>) neighbour.get("rels")).forEach(rel -> edges.add(GraphRows.edge(rel))));
			}
			if (nodes.size() > MAX_NODES) {
				truncated = true;
			}
			frontier = next;
		}
		return Subgraph.of(nodes.values(), edges, truncated);
	}
}
