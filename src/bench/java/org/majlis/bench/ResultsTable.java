package org.majlis.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.majlis.bench.QuestionResult.TargetFigures;

/** The results as a Markdown table: latencies alone, throughput under 16 clients, and the ratios a/b and a/c. */
final class ResultsTable {

	private ResultsTable() {
	}

	static String markdown(String title, List<QuestionResult> results, Map<String, Object> summary) {
		StringBuilder md = new StringBuilder("# " + title + "\n\n");
		summary.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
		md.append("""

				a = Majlis GraphQL over HTTP, b = hand-written Cypher over Bolt (Java driver), c = @neo4j/graphql 7 on GraphQL Yoga (Node).
				Latency at concurrency 1 (p50 / p95 / p99, ms); throughput at concurrency 16 (requests/s); items = what each answer held.

				| question | a p50/p95/p99 | b p50/p95/p99 | c p50/p95/p99 | a/b p50 | a/c p50 | a rps c16 | b rps c16 | c rps c16 | a/c rps | items a/b/c |
				|---|---|---|---|---|---|---|---|---|---|---|
				""");
		for (QuestionResult result : results) {
			TargetFigures a = result.targets().get(QuestionResult.MAJLIS);
			TargetFigures b = result.targets().get(QuestionResult.CYPHER);
			TargetFigures c = result.targets().get(QuestionResult.NEO4J_GRAPHQL);
			md.append("| ").append(result.question().name()).append(" | ").append(latency(a)).append(" | ").append(latency(b)).append(" | ")
				.append(latency(c)).append(" | ").append(number(result.p50MajlisToCypher())).append(" | ")
				.append(number(result.p50MajlisToNeo4jGraphql())).append(" | ").append(rps(a)).append(" | ").append(rps(b)).append(" | ")
				.append(rps(c)).append(" | ").append(number(result.rpsMajlisToNeo4jGraphql())).append(" | ").append(items(a)).append('/')
				.append(items(b)).append('/').append(items(c)).append(" |\n");
		}
		return md.toString();
	}

	private static String latency(TargetFigures f) {
		return f == null ? "–" : format(f.c1().p50Ms()) + " / " + format(f.c1().p95Ms()) + " / " + format(f.c1().p99Ms());
	}

	private static String rps(TargetFigures f) {
		return f == null ? "–" : format(f.c16().requestsPerSecond());
	}

	private static String items(TargetFigures f) {
		return f == null ? "–" : String.valueOf(f.items());
	}

	private static String number(Double value) {
		return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
	}
}
