package org.majlis.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.majlis.common.PartialDate;
import org.majlis.query.Compilation;

import org.springframework.stereotype.Component;

/**
 * {@code coAttendance}: people linked by the events they attended together, one {@code CO_ATTENDED} edge per pair
 * (at most {@link #MAX_PAIRS}, most shared first), as one expression of the read engine's statement.
 */
@Component
class CoAttendanceQuery {

	static final int MAX_PAIRS = 2000;

	private final GraphModel model;

	CoAttendanceQuery(GraphModel model) {
		this.model = model;
	}

	/** The expression of the pairs; minShared and the dates are checked here. */
	String expression(Compilation compilation, String topic, PartialDate from, PartialDate to, int minShared, boolean degreeByType) {
		if (minShared < 1) {
			throw new IllegalArgumentException("minShared must be at least 1, not " + minShared);
		}
		String key = compilation.parameter(topic == null ? null : topic.replaceFirst("^topic:", ""));
		String earliest = compilation.parameter(GraphArguments.withYear(from, "from") == null ? null : from.earliest());
		String latest = compilation.parameter(GraphArguments.withYear(to, "to") == null ? null : to.latest());
		return """
				COLLECT {
				  MATCH (a:Person)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(b:Person)
				  WHERE a.id < b.id
				    AND (%1$s IS NULL OR EXISTS { (e)-[:ABOUT]->(:Topic {key: %1$s}) })
				    AND (%2$s IS NULL OR e.endHigh >= %2$s)
				    AND (%3$s IS NULL OR e.startLow <= %3$s)
				  WITH a, b, collect(DISTINCT e.id) AS events
				  WHERE size(events) >= %4$s
				  WITH a, b, events ORDER BY size(events) DESC, a.id, b.id LIMIT %5$s
				  RETURN {pair: [n IN [a, b] | %6$s], events: events}
				}""".formatted(key, earliest, latest, compilation.parameter(minShared), compilation.parameter(MAX_PAIRS + 1), model.nodeMap("n", degreeByType));
	}

	/** The subgraph of the pairs: both people and one edge with the count and ids of the events they shared. */
	@SuppressWarnings("unchecked")
	Subgraph subgraph(Object value) {
		List<Map<String, Object>> pairs = (List<Map<String, Object>>) value;
		List<GraphNode> nodes = new ArrayList<>();
		List<GraphEdge> edges = new ArrayList<>();
		for (Map<String, Object> pair : pairs.subList(0, Math.min(MAX_PAIRS, pairs.size()))) {
			List<Object> people = (List<Object>) pair.get("pair");
			GraphNode first = GraphRows.node(people.get(0), model.allLabels);
			GraphNode second = GraphRows.node(people.get(1), model.allLabels);
			List<Object> events = (List<Object>) pair.get("events");
			nodes.add(first);
			nodes.add(second);
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("count", events.size());
			properties.put("events", events);
			edges.add(new GraphEdge("CO_ATTENDED:" + first.id() + "->" + second.id(), first.id(), second.id(), "CO_ATTENDED", properties));
		}
		return Subgraph.of(nodes, edges, pairs.size() > MAX_PAIRS);
	}
}
