package org.majlis.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of one question through each target, by target key (majlis, cypher, neo4jGraphql). */
record QuestionResult(Question question, Map<String, TargetFigures> targets) {

	static final String MAJLIS = "majlis";
	static final String CYPHER = "cypher";
	static final String NEO4J_GRAPHQL = "neo4jGraphql";

	/** One target's figures: items in the answer, latencies alone (concurrency 1) and under 16 clients. */
	record TargetFigures(int items, Latencies c1, Latencies c16) {

		Map<String, Object> toJson() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("p50_ms", c1.p50Ms());
			json.put("p95_ms", c1.p95Ms());
			json.put("p99_ms", c1.p99Ms());
			json.put("rps_c16", c16.requestsPerSecond());
			json.put("rps_c1", c1.requestsPerSecond());
			json.put("p50_c16_ms", c16.p50Ms());
			json.put("p95_c16_ms", c16.p95Ms());
			json.put("p99_c16_ms", c16.p99Ms());
			json.put("requests_c1", c1.requests());
			json.put("requests_c16", c16.requests());
			json.put("errors", c1.errors() + c16.errors());
			json.put("items", items);
			if (c1.firstError() != null || c16.firstError() != null) {
				json.put("first_error", c1.firstError() != null ? c1.firstError() : c16.firstError());
			}
			return json;
		}
	}

	/** Majlis p50 over hand-written Cypher p50 (a/b); the target is at most 1.3. */
	Double p50MajlisToCypher() {
		return ratio(MAJLIS, CYPHER, true);
	}

	/** Majlis p50 over @neo4j/graphql p50 (a/c). */
	Double p50MajlisToNeo4jGraphql() {
		return ratio(MAJLIS, NEO4J_GRAPHQL, true);
	}

	/** Majlis throughput at concurrency 16 over @neo4j/graphql's (a/c); the target is at least 1. */
	Double rpsMajlisToNeo4jGraphql() {
		return ratio(MAJLIS, NEO4J_GRAPHQL, false);
	}

	private Double ratio(String a, String b, boolean latency) {
		TargetFigures x = targets.get(a);
		TargetFigures y = targets.get(b);
		if (x == null || y == null) {
			return null;
		}
		double top = latency ? x.c1().p50Ms() : x.c16().requestsPerSecond();
		double bottom = latency ? y.c1().p50Ms() : y.c16().requestsPerSecond();
		return bottom == 0 ? null : Latencies.round(top / bottom);
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", question.name());
		json.put("title", question.title());
		targets.forEach((key, figures) -> json.put(key, figures.toJson()));
		Map<String, Object> ratios = new LinkedHashMap<>();
		ratios.put("p50_majlis_to_cypher", p50MajlisToCypher());
		ratios.put("p50_majlis_to_neo4j_graphql", p50MajlisToNeo4jGraphql());
		ratios.put("rps_c16_majlis_to_neo4j_graphql", rpsMajlisToNeo4jGraphql());
		json.put("ratios", ratios);
		return json;
	}
}
