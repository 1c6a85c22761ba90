package org.majlis.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.majlis.bench.QuestionResult.TargetFigures;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class BenchResultsTests {

	@Test
	void percentilesAreNearestRankOverTheAnsweredRequests() {
		long[] nanos = new long[100];
		for (int i = 0; i < 100; i++) {
			nanos[i] = (100 - i) * 1_000_000L;
		}
		Latencies latencies = Latencies.of(nanos, 100, 2, 2.0, "boom");
		assertThat(latencies.p50Ms()).isEqualTo(50.0);
		assertThat(latencies.p95Ms()).isEqualTo(95.0);
		assertThat(latencies.p99Ms()).isEqualTo(99.0);
		assertThat(latencies.requestsPerSecond()).isEqualTo(50.0);
		assertThat(latencies.errors()).isEqualTo(2);
	}

	@Test
	void theLoadRunnerAsksExactlyTheRequestsFromEveryClient() throws Exception {
		java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
		Latencies latencies = LoadRunner.run(() -> {
			asked.incrementAndGet();
			Thread.sleep(1);
			return 1;
		}, 16, 160);
		assertThat(asked).hasValue(160);
		assertThat(latencies.requests()).isEqualTo(160);
		assertThat(latencies.p50Ms()).isGreaterThanOrEqualTo(1.0);
	}

	@Test
	void countsAlongPathsThroughLists() throws Exception {
		var data = JsonMapper.builder().build().readTree("""
				{"events": {"edges": [{"node": {"attendees": [1, 2]}}, {"node": {"attendees": [3]}}, {"node": {"attendees": null}}]},
				 "people": [{"attended": [1, 2, 3], "organizations": [1]}]}""");
		assertThat(GraphQlEndpoint.count(data, "events.edges.node.attendees")).isEqualTo(3);
		assertThat(GraphQlEndpoint.count(data, "events.edges")).isEqualTo(3);
		assertThat(GraphQlEndpoint.count(data, "people.attended,people.organizations")).isEqualTo(4);
		assertThat(GraphQlEndpoint.count(data, "missing.path")).isZero();
	}

	@Test
	void writesTheRatiosInTheTableAndAChart(@TempDir Path dir) throws Exception {
		Question question = Question.all(new QuestionParameters("cybercrime", "person:a", "org:b", "احمد", "place:c",
				QuestionParameters.FROM, QuestionParameters.TO)).getFirst();
		Map<String, TargetFigures> targets = new LinkedHashMap<>();
		targets.put(QuestionResult.MAJLIS, figures(26, 300));
		targets.put(QuestionResult.CYPHER, figures(20, 400));
		targets.put(QuestionResult.NEO4J_GRAPHQL, figures(52, 150));
		QuestionResult result = new QuestionResult(question, targets);
		assertThat(result.p50MajlisToCypher()).isEqualTo(1.3);
		assertThat(result.p50MajlisToNeo4jGraphql()).isEqualTo(0.5);
		assertThat(result.rpsMajlisToNeo4jGraphql()).isEqualTo(2.0);
		String table = ResultsTable.markdown("title", List.of(result), Map.of("graph", "small"));
		assertThat(table).contains("| headline | 26.0 / 26.0 / 26.0 | 20.0 / 20.0 / 20.0 | 52.0 / 52.0 / 52.0 | 1.30 | 0.50 | 300 | 400 | 150 | 2.00 |");
		Path png = dir.resolve("chart.png");
		ResultsChart.write("title", List.of(result), png);
		BufferedImage image = ImageIO.read(png.toFile());
		assertThat(image.getWidth()).isGreaterThan(image.getHeight());
		assertThat(Files.size(png)).isGreaterThan(1000);
		assertThat(result.toJson()).containsKeys("name", "majlis", "cypher", "neo4jGraphql", "ratios");
	}

	private static TargetFigures figures(double p50, double rps) {
		Latencies one = new Latencies(10, 0, p50, p50, p50, p50, 1000 / p50, null);
		Latencies sixteen = new Latencies(160, 0, p50 * 4, p50 * 5, p50 * 6, p50 * 4, rps, null);
		return new TargetFigures(5, one, sixteen);
	}
}
