package org.majlis.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The Cypher of the graph queries. Labels, types and path bounds come from {@link GraphModel} and validated integers. */
@Repository
class GraphRepository {

	/** Paths returned by shortestPath at most. */
	static final int MAX_PATHS = 20;

	private final Neo4jClient neo4j;
	private final GraphModel model;

	GraphRepository(Neo4jClient neo4j, GraphModel model) {
		this.model = model;
		this.neo4j = neo4j;
	}

	/** A node found by id, with its element id for the next hop. */
	record Found(String elementId, GraphNode node) {
	}

	/** A frontier node's neighbours (at most the limit), whether there were more, and the edges to them. */
	record Expansion(List<Found> neighbours, List<GraphEdge> edges, boolean more) {
	}

	Optional<Found> find(String id) {
		String label = model.labelOf(id);
		if (label == null) {
			return Optional.empty();
		}
		return neo4j.query("MATCH (n:" + label + " {id: $id}) RETURN elementId(n) AS element, " + model.nodeMap() + " AS node")
			.bind(id).to("id")
			.fetchAs(Found.class).mappedBy((types, record) -> new Found(record.get("element").asString(),
					GraphRows.node(record.get("node"), model.allLabels)))
			.one();
	}

	/** The neighbours of each frontier node over the given types, most connected first, at most limit of each. */
	List<Expansion> expand(List<String> frontier, List<String> types, int limit) {
		return List.copyOf(neo4j.query("""
				UNWIND $frontier AS element
				MATCH (f) WHERE elementId(f) = element
				CALL (f) {
				  MATCH (f)-[r:%s]-(n)
				  WITH n, collect(r) AS rels, COUNT { (n)--() } AS degree
				  ORDER BY degree DESC, n.id
				  LIMIT $fetch
				  RETURN collect({element: elementId(n), node: %s, rels: [r IN rels | %s]}) AS neighbours
				}
				RETURN neighbours
				""".formatted(GraphModel.typeExpression(types), model.nodeMap(), GraphModel.relMap()))
			.bindAll(Map.of("frontier", frontier, "fetch", limit + 1))
			.fetchAs(Expansion.class).mappedBy((t, record) -> expansion(record.get("neighbours"), limit))
			.all());
	}

	private Expansion expansion(Value rows, int limit) {
		List<Value> all = rows.asList(v -> v);
		List<Value> kept = all.subList(0, Math.min(limit, all.size()));
		List<Found> neighbours = kept.stream()
			.map(row -> new Found(row.get("element").asString(), GraphRows.node(row.get("node"), model.allLabels))).toList();
		List<GraphEdge> edges = kept.stream().flatMap(row -> row.get("rels").asList(GraphRows::edge).stream()).toList();
		return new Expansion(neighbours, edges, all.size() > limit);
	}

	/** The nodes and edges of all shortest paths (at most {@link #MAX_PATHS}) of at most maxDepth hops. */
	Optional<Subgraph> shortestPaths(String from, String to, int maxDepth) {
		String fromLabel = model.labelOf(from);
		String toLabel = model.labelOf(to);
		if (fromLabel == null || toLabel == null) {
			return Optional.empty();
		}
		List<Subgraph> paths = List.copyOf(neo4j.query("""
				MATCH (a:%s {id: $from}), (b:%s {id: $to})
				MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
				RETURN [n IN nodes(p) | %s] AS nodes, [r IN relationships(p) | %s] AS rels
				LIMIT %d
				""".formatted(fromLabel, toLabel, GraphModel.typeExpression(model.entityTypes), maxDepth,
				model.nodeMap(), GraphModel.relMap(), MAX_PATHS))
			.bindAll(Map.of("from", from, "to", to))
			.fetchAs(Subgraph.class).mappedBy((t, record) -> new Subgraph(record.get("nodes").asList(node -> GraphRows.node(node, model.allLabels)),
					record.get("rels").asList(GraphRows::edge), false))
			.all());
		if (paths.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Subgraph.of(paths.stream().flatMap(p -> p.nodes().stream()).toList(),
				paths.stream().flatMap(p -> p.edges().stream()).toList(), paths.size() >= MAX_PATHS));
	}

	/** Every node with one of the labels and every relationship of the types between them. */
	Subgraph whole(List<String> labels, List<String> types) {
		List<GraphNode> nodes = List.copyOf(neo4j.query("MATCH (n:" + GraphModel.labelExpression(labels) + ") RETURN "
				+ model.nodeMap() + " AS node ORDER BY n.id")
			.fetchAs(GraphNode.class).mappedBy((t, record) -> GraphRows.node(record.get("node"), model.allLabels)).all());
		String label = GraphModel.labelExpression(labels);
		List<GraphEdge> edges = List.copyOf(neo4j.query("MATCH (:" + label + ")-[r:" + GraphModel.typeExpression(types)
				+ "]->(:" + label + ") RETURN " + GraphModel.relMap() + " AS rel")
			.fetchAs(GraphEdge.class).mappedBy((t, record) -> GraphRows.edge(record.get("rel"))).all());
		return Subgraph.of(nodes, edges, false);
	}

	/** Pairs of people who attended at least minShared of the selected events together, most shared first. */
	List<CoAttendance> coAttendance(String topicKey, Object from, Object to, int minShared, int maxPairs) {
		Map<String, Object> params = new HashMap<>();
		params.put("topic", topicKey);
		params.put("from", from);
		params.put("to", to);
		params.put("minShared", minShared);
		params.put("max", maxPairs);
		return List.copyOf(neo4j.query("""
				MATCH (a:Person)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(b:Person)
				WHERE a.id < b.id
				  AND ($topic IS NULL OR EXISTS { (e)-[:ABOUT]->(:Topic {key: $topic}) })
				  AND ($from IS NULL OR e.endHigh >= $from)
				  AND ($to IS NULL OR e.startLow <= $to)
				WITH a, b, collect(DISTINCT e.id) AS events
				WHERE size(events) >= $minShared
				RETURN [n IN [a, b] | %s] AS pair, events
				ORDER BY size(events) DESC, a.id, b.id LIMIT $max
				""".formatted(model.nodeMap()))
			.bindAll(params)
			.fetchAs(CoAttendance.class).mappedBy((t, record) -> new CoAttendance(GraphRows.node(record.get("pair").get(0), model.allLabels),
					GraphRows.node(record.get("pair").get(1), model.allLabels), record.get("events").asList(Value::asString)))
			.all());
	}

	/** Two people and the events they attended together. */
	record CoAttendance(GraphNode first, GraphNode second, List<String> events) {
	}
}
