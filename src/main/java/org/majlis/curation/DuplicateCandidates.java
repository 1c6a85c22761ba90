package org.majlis.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.majlis.model.NodeLabel;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely duplicates of one label, best first: pairs with alike names ({@link NameBlocks}), without the kept-apart
 * ones, scored up by what they share (events, offices, a country) and down when their countries differ. Only the
 * best pairs by name ({@value #EVIDENCE_FACTOR} times as many as asked) are looked at for shared facts.
 */
@Component
class DuplicateCandidates {

	static final int MAX_FIRST = 200;
	private static final int EVIDENCE_FACTOR = 5;

	/** Every node's id and its names and aliases already normalised ({@code matchText}, {@code |key|key|}). */
	private static final String NAMES = "MATCH (n:%s) RETURN n.id AS id, n.matchText AS keys";

	/** For each pair, what both share: events, offices (or office holders), and the countries of each. */
	private static final Map<NodeLabel, String> SHARED = Map.of(
			NodeLabel.PERSON, """
					COUNT { MATCH (a)-[:ATTENDED]->(:Event)<-[:ATTENDED]-(b) } AS events,
					COUNT { MATCH (a)-[:HOLDS_POSITION]->(:Organization)<-[:HOLDS_POSITION]-(b) } AS offices,
					COLLECT { MATCH (a)-[:HOLDS_POSITION]->(:Organization)-[:IN_COUNTRY]->(c:Place) RETURN DISTINCT c.id } AS countriesA,
					COLLECT { MATCH (b)-[:HOLDS_POSITION]->(:Organization)-[:IN_COUNTRY]->(c:Place) RETURN DISTINCT c.id } AS countriesB""",
			NodeLabel.ORGANIZATION, """
					COUNT { MATCH (a)-[:ORGANIZED]->(:Event)<-[:ORGANIZED]-(b) } AS events,
					COUNT { MATCH (a)<-[:HOLDS_POSITION]-(:Person)-[:HOLDS_POSITION]->(b) } AS offices,
					COLLECT { MATCH (a)-[:IN_COUNTRY]->(c:Place) RETURN c.id } AS countriesA,
					COLLECT { MATCH (b)-[:IN_COUNTRY]->(c:Place) RETURN c.id } AS countriesB""",
			NodeLabel.PLACE, """
					COUNT { MATCH (a)<-[:HELD_IN]-(:Event)-[:HELD_IN]->(b) } AS events, 0 AS offices,
					COLLECT { MATCH (a)-[:IN_COUNTRY]->(c:Place) RETURN c.id } AS countriesA,
					COLLECT { MATCH (b)-[:IN_COUNTRY]->(c:Place) RETURN c.id } AS countriesB""",
			NodeLabel.EVENT, """
					COUNT { MATCH (a)<-[:ATTENDED]-(:Person)-[:ATTENDED]->(b) } AS events, 0 AS offices,
					COLLECT { MATCH (a)-[:HELD_IN]->(p:Place) OPTIONAL MATCH (p)-[:IN_COUNTRY]->(c:Place) RETURN coalesce(c.id, p.id) } AS countriesA,
					COLLECT { MATCH (b)-[:HELD_IN]->(p:Place) OPTIONAL MATCH (p)-[:IN_COUNTRY]->(c:Place) RETURN coalesce(c.id, p.id) } AS countriesB""");

	private static final String EVIDENCE = """
			UNWIND $pairs AS pair
			MATCH (a:%1$s {id: pair.a}), (b:%1$s {id: pair.b})
			RETURN pair.a AS a, pair.b AS b, %2$s
			""";

	private final Neo4jClient neo4j;
	private final KeptApartPairs keptApart;

	DuplicateCandidates(Neo4jClient neo4j, KeptApartPairs keptApart) {
		this.neo4j = neo4j;
		this.keptApart = keptApart;
	}

	@Transactional(readOnly = true)
	List<CandidatePair> find(NodeLabel label, int first) {
		if (first < 1 || first > MAX_FIRST) {
			throw new IllegalArgumentException("first must be between 1 and " + MAX_FIRST);
		}
		List<NameBlocks.Named> nodes = List.copyOf(neo4j.query(NAMES.formatted(label.label())).fetchAs(NameBlocks.Named.class)
			.mappedBy((t, r) -> new NameBlocks.Named(r.get("id").asString(),
					Stream.of(r.get("keys").asString("").split("\\|")).filter(key -> !key.isBlank()).toList()))
			.all());
		List<NameBlocks.Alike> alike = new ArrayList<>(NameBlocks.alike(nodes, label == NodeLabel.PERSON));
		Map<String, List<String>> apart = keptApart.partners(alike.stream().flatMap(p -> Stream.of(p.a(), p.b())).distinct().toList());
		alike.removeIf(p -> apart.getOrDefault(p.a(), List.of()).contains(p.b()));
		alike.sort(Comparator.comparingDouble(NameBlocks.Alike::score).reversed().thenComparing(NameBlocks.Alike::a)
			.thenComparing(NameBlocks.Alike::b));
		List<NameBlocks.Alike> best = alike.subList(0, Math.min(alike.size(), first * EVIDENCE_FACTOR));
		List<CandidatePair> pairs = new ArrayList<>(scored(label, best));
		pairs.sort(Comparator.comparingDouble(CandidatePair::score).reversed().thenComparing(CandidatePair::a).thenComparing(CandidatePair::b));
		return List.copyOf(pairs.subList(0, Math.min(pairs.size(), first)));
	}

	private List<CandidatePair> scored(NodeLabel label, List<NameBlocks.Alike> alike) {
		if (alike.isEmpty()) {
			return List.of();
		}
		Map<String, NameBlocks.Alike> byPair = new java.util.HashMap<>();
		alike.forEach(p -> byPair.put(p.a() + " " + p.b(), p));
		List<Map<String, Object>> rows = alike.stream().map(p -> Map.<String, Object>of("a", p.a(), "b", p.b())).toList();
		return List.copyOf(neo4j.query(EVIDENCE.formatted(label.label(), SHARED.get(label))).bind(rows).to("pairs").fetchAs(CandidatePair.class)
			.mappedBy((t, r) -> score(byPair.get(r.get("a").asString() + " " + r.get("b").asString()), r.get("events").asLong(),
					r.get("offices").asLong(), Set.copyOf(r.get("countriesA").asList(Value::asString)),
					Set.copyOf(r.get("countriesB").asList(Value::asString))))
			.all());
	}

	private static CandidatePair score(NameBlocks.Alike alike, long events, long offices, Set<String> countriesA, Set<String> countriesB) {
		double score = alike.score();
		List<String> reasons = new ArrayList<>(List.of(alike.reason()));
		if (events > 0) {
			score += 0.05 * Math.min(events, 2);
			reasons.add(events == 1 ? "one shared event" : events + " shared events");
		}
		if (offices > 0) {
			score += 0.05;
			reasons.add(offices == 1 ? "a shared office" : offices + " shared offices");
		}
		if (!countriesA.isEmpty() && !countriesB.isEmpty()) {
			boolean same = countriesA.stream().anyMatch(countriesB::contains);
			score += same ? 0.05 : -0.2;
			reasons.add(same ? "same country" : "different countries");
		}
		return new CandidatePair(alike.a(), alike.b(), Math.round(Math.min(1.0, Math.max(0.0, score)) * 100) / 100.0, List.copyOf(reasons));
	}
}
