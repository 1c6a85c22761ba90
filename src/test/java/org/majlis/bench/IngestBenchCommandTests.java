package org.majlis.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.majlis.CommandRun;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class IngestBenchCommandTests {

	@Test
	void shouldIngestASmallSyntheticCorpusAndWriteItsFigures() throws Exception {
		Path out = Files.createDirectories(Path.of("target", "bench-tests")).resolve("ingest-" + System.nanoTime()).resolve("ingest.json");
		CommandRun run = CommandRun.bench("ingest", "--articles", "12", "--warmup", "0", "--window=4", "--seed", "5", "--out",
				out.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("Ingestion benchmark (seed 5, temporary store)").contains("12 (12 new, 0 duplicate, 0 failed)")
			.contains("mean, first 4").contains("last / first").contains("per 1,000").contains("heap used");
		JsonNode figures = JsonMapper.builder().build().readTree(Files.readString(out));
		assertThat(figures.get("articles").asInt()).isEqualTo(12);
		assertThat(figures.get("added").asInt()).isEqualTo(12);
		assertThat(figures.get("entitiesCreated").asLong()).isPositive();
		assertThat(figures.get("entitiesMerged").asLong()).isPositive();
		assertThat(figures.get("articlesPerSecond").asDouble()).isPositive();
		assertThat(figures.get("graphNodes").asLong()).isPositive();
		assertThat(figures.get("perThousandMeanMillis")).hasSize(1);
		assertThat(figures.get("perThousandMeanMillis").get(0).asDouble()).isPositive();
	}

	@Test
	void shouldAnswerUsageErrorsWithExitCodeTwoWithoutStartingAnything() {
		CommandRun many = CommandRun.bench("ingest", "--articles", "many");
		assertThat(many.exitCode()).isEqualTo(2);
		assertThat(many.err()).contains("--articles");
		assertThat(CommandRun.bench("bench-ingest", "--articles", "0").exitCode()).as("under its former name").isEqualTo(2);
		assertThat(CommandRun.bench("--requests", "0", "--no-neo4j-graphql").exitCode()).isEqualTo(2);
	}

	@Test
	void shouldListTheBenchmarksCommandsInItsHelp() {
		CommandRun help = CommandRun.bench("--help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("Usage: bench/run").contains("--quick").contains("--scale").contains("ingest, bench-ingest")
			.contains("startup, bench-startup").contains("corpus");
	}
}
