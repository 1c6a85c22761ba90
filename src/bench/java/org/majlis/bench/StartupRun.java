package org.majlis.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One start of the service in its own JVM, timed from the moment the process is started: when its readiness probe
 * first says UP, when it first answers a GraphQL query over the store, its resident memory then, and the step
 * times its log reports.
 */
record StartupRun(double readySeconds, double firstAnswerSeconds, double rssMb, Map<String, Long> stepMillis) {

	/** A query that reads the store: answered only once the store is initialised. */
	static final String FIRST_QUERY = "{\"query\":\"{ events(first: 1) { edges { node { id } } } }\"}";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
	private static final Pattern STEP = Pattern.compile(
			"Embedded Neo4j (started|compiled its first Cypher statement) in (\\d+) ms|Store initialisation: (.+?) in (\\d+) ms|Started \\w+ in ([0-9.]+) seconds"
					+ "|Copied the build's demo store into .+? in (\\d+) ms");

	/** Starts {@code command}, waits for readiness and a first answer on {@code httpPort}, then stops the process. */
	static StartupRun measure(List<String> command, Path directory, int httpPort, Path log)
			throws IOException, InterruptedException {
		URI base = URI.create("http://127.0.0.1:" + httpPort);
		try (ChildProcess process = new ChildProcess(command, Map.of(), directory, log)) {
			double ready = process.awaitHttpOk(base.resolve("/actuator/health/readiness"), Duration.ofMinutes(10));
			double answered = awaitFirstAnswer(process, base.resolve("/graphql"));
			double rss = process.residentMb();
			return new StartupRun(ready, answered, rss, steps(log));
		}
	}

	/** Seconds since the process started until a GraphQL query over the store got an answer without errors. */
	private static double awaitFirstAnswer(ChildProcess process, URI graphql) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(30))
					.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(FIRST_QUERY)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"data\"") && !response.body().contains("\"errors\"")) {
					return process.secondsSinceStart();
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(20);
		}
		throw new IOException(graphql + " never answered");
	}

	/** The step times of the log: the demo store's copy, Neo4j's start, each store initialisation step, Spring's own "Started … in". */
	static Map<String, Long> steps(Path log) throws IOException {
		Map<String, Long> steps = new LinkedHashMap<>();
		Matcher matcher = STEP.matcher(Files.readString(log, StandardCharsets.UTF_8));
		while (matcher.find()) {
			if (matcher.group(1) != null) {
				steps.put(matcher.group(1).equals("started") ? "neo4j start" : "neo4j first compile", Long.parseLong(matcher.group(2)));
			}
			else if (matcher.group(3) != null) {
				steps.put(matcher.group(3), Long.parseLong(matcher.group(4)));
			}
			else if (matcher.group(6) != null) {
				steps.put("demo store copy", Long.parseLong(matcher.group(6)));
			}
			else {
				steps.put("spring context", Math.round(Double.parseDouble(matcher.group(5)) * 1000));
			}
		}
		return steps;
	}
}
