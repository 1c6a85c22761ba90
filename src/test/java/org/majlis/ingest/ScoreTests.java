package org.majlis.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisTest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The evaluation of ../shared/eval run against this build: score.py ingests the sample corpus through the
 * public API into an empty store and scores the graph. Skipped where ../shared or python3 is missing. A store of its
 * own, not {@link org.majlis.EmptyStoreTest}'s: score.py reads the whole graph, so other tests' articles would count;
 * closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"majlis.neo4j.embedded.data-dir=target/test-stores/${random.uuid}",
		"majlis.neo4j.embedded.bolt-port=0",
		"majlis.demo.enabled=false",
		"majlis.security.write-tokens=" + MajlisTest.WRITE_TOKEN })
@DirtiesContext
class ScoreTests {

	static final Path EVAL = Path.of("../shared/eval");
	static final Path CORPUS = Path.of("../shared/corpus");

	@Value("${local.server.port}")
	int port;

	@Test
	void shouldScoreTheSampleCorpusAboveTheTarget() throws IOException, InterruptedException {
		assumeTrue(Files.isRegularFile(EVAL.resolve("score.py")) && Files.isDirectory(CORPUS), "../shared/eval is not here");
		Path report = Files.createTempFile(Path.of("target"), "score-", ".json");
		Process process;
		try {
			process = new ProcessBuilder("python3", EVAL.resolve("score.py").toString(), "--endpoint",
					"http://127.0.0.1:" + port + "/graphql", "--corpus", CORPUS.toString(), "--gold",
					EVAL.resolve("seed-gold.json").toString(), "--token", MajlisTest.WRITE_TOKEN, "--json", report.toString())
				.redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			assumeTrue(false, "python3 is not installed");
			return;
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		System.out.println(output);
		assertThat(process.exitValue()).as(output).isZero();
		JsonNode scores = JsonMapper.builder().build().readTree(report.toFile());
		assertThat(scores.at("/graph/f1").asDouble()).as(output).isGreaterThanOrEqualTo(0.90);
		for (String category : new String[] { "people", "organizations", "places", "events", "attendance", "organizers", "topics",
				"locations", "positions" }) {
			assertThat(scores.at("/" + category + "/f1").asDouble()).as(category + "\n" + output).isGreaterThanOrEqualTo(0.80);
		}
		assertThat(scores.at("/dates/accuracy").asDouble()).as(output).isGreaterThanOrEqualTo(0.80);
	}
}
