package org.majlis.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.majlis.bench.QuestionResult.TargetFigures;
import org.majlis.bench.synthetic.Scale;
import org.majlis.bench.synthetic.SyntheticGraph;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench/run}: on one synthetic store (generated once per scale and seed, then reused), starts the service jar in
 * its own JVM, measures the six questions through Majlis GraphQL, hand-written Cypher and @neo4j/graphql at
 * concurrency 1 and 16, then ingestion on a generated corpus, and writes JSON, Markdown and PNG to bench/results. The
 * root of the benchmark's command line: its other measurements and the corpus writer are its subcommands.
 */
@Command(name = "bench/run", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Benchmarks the six canonical questions against hand-written Cypher and @neo4j/graphql, and ingestion.",
		footer = "%nRun from the project folder (it reads bench/questions and bench/neo4j-graphql). Needs node and npm.",
		subcommands = { IngestBenchCommand.class, StartupBenchCommand.class, CorpusCommand.class, HelpCommand.class })
class BenchCommand implements Callable<Integer> {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
	private static final String ARTICLES_DEFAULT = "10000";

	@Option(names = "--quick", description = "SF1, fewer requests and articles: a routine check in a few minutes.")
	boolean quick;

	@Option(names = "--scale", defaultValue = "SF1", description = "Scale factor SF1, SF10, … (default ${DEFAULT-VALUE}).")
	String scale;

	@Option(names = "--seed", defaultValue = "7", description = "Seed of the synthetic graph (default ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--store", description = "Folder of the synthetic store (default target/bench/<scale>); generated when absent.")
	Path store;

	@Option(names = "--out", defaultValue = "bench/results", description = "Folder for the results (default ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--requests", description = "Requests per question and target at concurrency 1 (default 100; quick 20).")
	Integer requests;

	@Option(names = "--requests-c16", description = "Requests per question and target at concurrency 16 (default 640; quick 48).")
	Integer requestsC16;

	@Option(names = "--articles", description = "Articles of the ingestion run (default " + ARTICLES_DEFAULT + "; quick 300; 0 skips it).")
	Integer articles;

	@Option(names = "--heap", defaultValue = "512m", description = "Maximum heap of the service (default ${DEFAULT-VALUE}).")
	String heap;

	@Option(names = "--questions", split = ",", description = "Only these questions (names as in bench/questions, comma-separated).")
	List<String> only;

	@Option(names = "--no-neo4j-graphql", description = "Leave out @neo4j/graphql (when node or npm is missing).")
	boolean noNeo4jGraphql;

	@Option(names = "--jar", defaultValue = "target/majlis.jar", description = "The Majlis jar to start (default ${DEFAULT-VALUE}).")
	Path jar;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		Scale size = quick ? Scale.factor(1) : Scale.parse(scale);
		int c1 = requests != null ? requests : quick ? 20 : 100;
		int c16 = requestsC16 != null ? requestsC16 : quick ? 48 : 640;
		int ingestArticles = articles != null ? articles : quick ? 300 : Integer.parseInt(ARTICLES_DEFAULT);
		int warmup = quick ? 3 : 20;
		if (c1 < 1 || c16 < 16 || ingestArticles < 0) {
			throw new ParameterException(spec.commandLine(), "--requests must be at least 1, --requests-c16 at least 16, --articles at least 0");
		}
		if (!Files.isRegularFile(jar)) {
			throw new ParameterException(spec.commandLine(), "No jar " + jar + ": build it first (./mvnw -DskipTests package) or give --jar");
		}
		Path jarFile = jar;
		Path storeDir = store != null ? store : Path.of("target", "bench", size.toString());
		Path logs = Path.of("target", "bench", "logs");
		Files.createDirectories(logs);
		PrintWriter log = spec.commandLine().getErr();
		String mode = quick ? "quick" : "full";

		GraphInfo graph = ensureGraph(jarFile, storeDir, size, logs, log);
		List<QuestionResult> results = new ArrayList<>();
		double startup;
		double heapPeak;
		QuestionParameters parameters;
		log.printf("Starting the service on the %s store (heap %s)…%n", size, heap);
		try (ServiceProcess service = ServiceProcess.start(jarFile, storeDir, heap, logs.resolve("service.log"));
				Driver driver = GraphDatabase.driver(service.boltUri(), AuthTokens.none(),
						Config.builder().withMaxConnectionPoolSize(32).build())) {
			startup = Latencies.round(service.startupSeconds());
			log.printf("Service ready in %.1f s (existing store)%n", startup);
			parameters = QuestionParameters.choose(driver);
			log.println("Parameters: " + parameters);
			HeapSampler heapSampler = new HeapSampler(service);
			GraphQlEndpoint majlis = new GraphQlEndpoint(service.url("/graphql"), Path.of("bench", "questions", "majlis"));
			CypherEndpoint cypher = new CypherEndpoint(driver, Path.of("bench", "questions", "cypher"));
			List<Question> questions = Question.all(parameters).stream().filter(q -> only == null || only.contains(q.name())).toList();
			Map<Question, Map<String, TargetFigures>> byQuestion = new LinkedHashMap<>();
			for (Question question : questions) {
				Map<String, TargetFigures> targets = new LinkedHashMap<>();
				targets.put(QuestionResult.MAJLIS, measure(question.name(), "majlis", question.majlis(majlis), warmup, c1, c16, heapSampler, log));
				targets.put(QuestionResult.CYPHER, measure(question.name(), "cypher", question.cypher(cypher), warmup, c1, c16, null, log));
				byQuestion.put(question, targets);
			}
			if (!noNeo4jGraphql) {
				log.println("Starting @neo4j/graphql (npm ci on first use)…");
				try (NodeReference node = NodeReference.start(Path.of("bench", "neo4j-graphql"), service.boltUri(), logs)) {
					GraphQlEndpoint reference = new GraphQlEndpoint(node.url("/graphql"), Path.of("bench", "neo4j-graphql", "queries"));
					for (Question question : questions) {
						byQuestion.get(question).put(QuestionResult.NEO4J_GRAPHQL,
								measure(question.name(), "neo4j-graphql", question.neo4jGraphql(reference), warmup, c1, c16, null, log));
					}
				}
			}
			byQuestion.forEach((question, targets) -> results.add(new QuestionResult(question, targets)));
			heapPeak = heapSampler.peakMb();
		}
		JsonNode ingest = ingestArticles > 0 ? ingest(ingestArticles, logs, log) : null;
		writeResults(size, mode, graph, parameters, results, ingest, heapPeak, startup, c1, c16);
		return results.stream().flatMap(r -> r.targets().values().stream()).anyMatch(f -> f.c1().errors() + f.c16().errors() > 0) ? 1 : 0;
	}

	private static TargetFigures measure(String question, String target, Probe probe, int warmup, int c1, int c16, HeapSampler heap,
			PrintWriter log) throws Exception {
		int items;
		try {
			items = probe.ask();
			for (int i = 1; i < warmup; i++) {
				probe.ask();
			}
		}
		catch (Exception ex) {
			log.printf("  %-18s %-14s FAILED: %s%n", question, target, ex.getMessage());
			Latencies failed = new Latencies(0, 1, 0, 0, 0, 0, 0, String.valueOf(ex.getMessage()));
			return new TargetFigures(-1, failed, failed);
		}
		Latencies alone = LoadRunner.run(probe, 1, c1);
		if (heap != null) {
			heap.start();
		}
		Latencies loaded;
		try {
			loaded = LoadRunner.run(probe, 16, c16);
		}
		finally {
			if (heap != null) {
				heap.stop();
			}
		}
		log.printf("  %-18s %-14s items %6d  p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms  c16 %7.1f req/s%s%n", question, target, items,
				alone.p50Ms(), alone.p95Ms(), alone.p99Ms(), loaded.requestsPerSecond(),
				alone.errors() + loaded.errors() > 0 ? "  ERRORS " + (alone.errors() + loaded.errors()) : "");
		log.flush();
		return new TargetFigures(items, alone, loaded);
	}

	/** The generated graph's figures; generates it first when the store is absent or was generated otherwise. */
	private GraphInfo ensureGraph(Path jarFile, Path storeDir, Scale size, Path logs, PrintWriter log) throws Exception {
		Path marker = storeDir.resolveSibling(storeDir.getFileName() + ".json");
		if (Files.isRegularFile(marker) && Files.isDirectory(storeDir)) {
			GraphInfo existing = JSON.readValue(marker.toFile(), GraphInfo.class);
			if (existing.scale().equals(size.toString()) && existing.seed() == seed && existing.generator() == SyntheticGraph.VERSION) {
				log.printf("Reusing the %s store in %s (%,d nodes, %,d relationships; loaded in %.1f s when generated)%n", size, storeDir,
						existing.nodes(), existing.relationships(), existing.loadSeconds());
				return existing.reused();
			}
		}
		delete(storeDir);
		Files.deleteIfExists(marker);
		log.printf("Generating the %s graph in %s…%n", size, storeDir);
		try (ServiceProcess service = ServiceProcess.start(jarFile, storeDir, heap, logs.resolve("service-generate.log"));
				Driver driver = GraphDatabase.driver(service.boltUri(), AuthTokens.none())) {
			SyntheticGraph.Load load = new SyntheticGraph(driver, size, seed).write();
			GraphInfo info = new GraphInfo(size.toString(), seed, SyntheticGraph.VERSION, load.nodes(), load.relationships(), Latencies.round(load.seconds()),
					Latencies.round(service.startupSeconds()), true);
			log.printf("Loaded %,d nodes and %,d relationships in %.1f s (%.0f relationships/s)%n", load.nodes(), load.relationships(),
					load.seconds(), load.relationships() / load.seconds());
			JSON.writeValue(marker.toFile(), info);
			return info;
		}
	}

	/** Runs {@code ingest} (the benchmark's own jar) in its own JVM on a new temporary store and reads its figures. */
	private JsonNode ingest(int count, Path logs, PrintWriter log) throws Exception {
		Path figures = logs.resolve("ingest.json");
		Files.deleteIfExists(figures);
		int window = count >= 2000 ? 1000 : 100;
		log.printf("Ingesting %,d generated articles (ingest, own JVM, heap %s)…%n", count, heap);
		Process process = new ProcessBuilder(ChildProcess.java(), "-Xmx" + heap, "-jar", BenchMain.runningJar().toString(), "ingest", "--articles",
				String.valueOf(count), "--window", String.valueOf(window), "--out", figures.toString())
			.redirectErrorStream(true).redirectOutput(logs.resolve("ingest.log").toFile()).start();
		if (process.waitFor() != 0 || !Files.isRegularFile(figures)) {
			throw new IOException("ingest failed; see " + logs.resolve("ingest.log"));
		}
		return JSON.readTree(figures.toFile());
	}

	private void writeResults(Scale size, String mode, GraphInfo graph, QuestionParameters parameters, List<QuestionResult> results,
			JsonNode ingest, double heapPeak, double startup, int c1, int c16) throws IOException {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("scale", size.toString());
		json.put("mode", mode);
		json.put("date", LocalDate.now().toString());
		json.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version")));
		json.put("requests", Map.of("c1", c1, "c16", c16));
		json.put("graph", graph);
		json.put("parameters", Map.of("topic", parameters.topic(), "person", parameters.person(), "organization", parameters.organization(),
				"search", parameters.nameWithoutHamza(), "country", parameters.country(), "from", parameters.from().toString(),
				"to", parameters.to().toString()));
		json.put("questions", results.stream().map(QuestionResult::toJson).toList());
		json.put("ingest", ingestJson(ingest));
		json.put("heap_mb", Math.round(heapPeak));
		json.put("heap_max", heap);
		json.put("startup_s", startup);
		Files.createDirectories(out);
		String base = LocalDate.now() + "-" + size + (mode.equals("quick") ? "-quick" : "");
		String text = JSON.writeValueAsString(json) + System.lineSeparator();
		Files.writeString(out.resolve(base + ".json"), text);
		Files.writeString(out.resolve("latest.json"), text);
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("graph", "%,d nodes, %,d relationships (generated in %.1f s)".formatted(graph.nodes(), graph.relationships(), graph.loadSeconds()));
		summary.put("service start-up on the existing store", startup + " s");
		summary.put("service heap, peak under 16 clients", Math.round(heapPeak) + " MB (max " + heap + ")");
		summary.put("ingestion", ingest == null ? "not run" : json.get("ingest"));
		summary.put("requests per question and target", c1 + " at concurrency 1, " + c16 + " at concurrency 16");
		String title = "Majlis benchmark " + size + " (" + mode + ", " + LocalDate.now() + ")";
		Files.writeString(out.resolve(base + ".md"), ResultsTable.markdown(title, results, summary));
		ResultsChart.write(title, results, out.resolve(base + ".png"));
		spec.commandLine().getOut().println(ResultsTable.markdown(title, results, summary));
		spec.commandLine().getOut().println("Results written to " + out.resolve(base + ".{json,md,png}") + " and " + out.resolve("latest.json"));
	}

	private static Map<String, Object> ingestJson(JsonNode ingest) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (ingest == null) {
			return json;
		}
		json.put("articles_per_s", ingest.path("articlesPerSecond").asDouble());
		json.put("first_ms", ingest.path("firstMeanMillis").asDouble());
		json.put("last_ms", ingest.path("lastMeanMillis").asDouble());
		json.put("window", ingest.path("window").asInt());
		json.put("articles", ingest.path("articles").asInt());
		json.put("failed", ingest.path("failed").asInt());
		json.put("statements_per_article", ingest.path("queriesPerArticle").asDouble());
		if (ingest.has("perThousandMeanMillis")) {
			json.put("per_thousand_ms", ingest.get("perThousandMeanMillis"));
		}
		return json;
	}

	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** The generated graph as recorded next to its store. */
	record GraphInfo(String scale, long seed, int generator, long nodes, long relationships, double loadSeconds, double emptyStartupSeconds,
			boolean generatedThisRun) {

		GraphInfo reused() {
			return new GraphInfo(scale, seed, generator, nodes, relationships, loadSeconds, emptyStartupSeconds, false);
		}
	}
}
