package org.majlis.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one {@code bench/run ingest} run; written as JSON and printed as a table.
 *
 * @param warmupArticles articles ingested before the measured ones and not measured
 * @param firstMeanMillis mean per-article time of the first {@code window} articles
 * @param lastMeanMillis the same for the last {@code window}; {@code lastToFirst} their ratio, flat near 1
 * @param queriesPerArticle Cypher statements sent per article (new articles), on average
 * @param perThousandMeanMillis mean per-article time of articles 1-1000, 1001-2000, ... (the last window may
 *        hold fewer): flat from the first to the last when the time per article does not grow with the graph
 */
record IngestReport(String startedAt, long seed, int warmupArticles, int articles, int added, int duplicates, int failed, int peopleInPool,
		double totalSeconds, double articlesPerSecond, int window, double firstMeanMillis, double lastMeanMillis,
		double lastToFirst, long entitiesCreated, long entitiesMerged, double queriesPerArticle, long graphNodes,
		long graphRelationships, long heapUsedMb, long heapMaxMb, String store, List<Double> perThousandMeanMillis) {

	static String now() {
		return Instant.now().toString();
	}

	void write(Path out) throws IOException {
		Path parent = out.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(out, json.writeValueAsString(this) + System.lineSeparator());
	}

	void print(PrintWriter out) {
		out.printf("Ingestion benchmark (seed %d, %s)%n", seed, store);
		row(out, "articles", "%,d (%,d new, %,d duplicate, %,d failed) after %,d warm-up articles"
			.formatted(articles, added, duplicates, failed, warmupArticles));
		row(out, "total time", "%.1f s".formatted(totalSeconds));
		row(out, "throughput", "%.1f articles/s".formatted(articlesPerSecond));
		row(out, "mean, first " + window, "%.1f ms/article".formatted(firstMeanMillis));
		row(out, "mean, last " + window, "%.1f ms/article".formatted(lastMeanMillis));
		row(out, "last / first", "%.2f".formatted(lastToFirst));
		row(out, "per 1,000", perThousandMeanMillis.stream().map("%.1f"::formatted).collect(Collectors.joining(", ")) + " ms/article");
		row(out, "entities", "%,d created, %,d merged (people pool %,d)".formatted(entitiesCreated, entitiesMerged, peopleInPool));
		row(out, "queries", "%.1f Cypher statements/article".formatted(queriesPerArticle));
		row(out, "graph", "%,d nodes, %,d relationships".formatted(graphNodes, graphRelationships));
		row(out, "heap used", "%,d MB of %,d MB".formatted(heapUsedMb, heapMaxMb));
		out.flush();
	}

	private static void row(PrintWriter out, String name, String value) {
		out.printf("  %-16s %s%n", name, value);
	}
}
