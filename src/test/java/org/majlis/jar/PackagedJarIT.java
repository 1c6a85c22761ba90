package org.majlis.jar;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.majlis.GraphQlHttp;
import org.majlis.feed.FeedServer;
import org.majlis.ingest.page.TestPages;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The jar as users run it ({@code java -jar target/majlis.jar}, after {@code package}, which runs the extracted jar with
 * the build's ahead-of-time cache in a JVM of its own): every feature through it,
 * so that a library left out of the jar and still needed shows here, and its start class on an old Java; that it
 * carries no benchmark or chart code, and that the benchmark's own jar runs on the extracted service jar.
 */
@TestInstance(Lifecycle.PER_CLASS)
class PackagedJarIT {

	private static final Path JAR = Path.of("target", "majlis.jar");
	private static final String TOKEN = "it-" + UUID.randomUUID();
	/** A harmless option given through JDK_JAVA_OPTIONS, as a user setting the heap that way would. */
	private static final String OPTION_FROM_THE_ENVIRONMENT = "-Dmajlis.it.from-environment=true";
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NORMAL).build();

	private final Path work = Path.of("target", "jar-it", UUID.randomUUID().toString()).toAbsolutePath();
	private final Path store = work.resolve("store");
	private Process service;
	private Path serviceLog;
	private URI base;

	@BeforeAll
	void startTheJar() throws Exception {
		Files.createDirectories(work);
		int port = freePort();
		base = URI.create("http://127.0.0.1:" + port);
		serviceLog = work.resolve("service.log");
		ProcessBuilder jar = new ProcessBuilder(java(), "-jar", JAR.toString(), "--server.port=" + port,
				"--majlis.neo4j.embedded.bolt-port=" + freePort(), "--majlis.neo4j.embedded.data-dir=" + store,
				"--majlis.security.write-tokens=" + TOKEN)
			.redirectErrorStream(true).redirectOutput(serviceLog.toFile());
		jar.environment().put("JDK_JAVA_OPTIONS", OPTION_FROM_THE_ENVIRONMENT);
		service = jar.start();
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (!ready()) {
			assertThat(service.isAlive()).as("the service stopped; see %s", serviceLog).isTrue();
			assertThat(System.nanoTime()).as("not ready in 4 minutes; see %s", serviceLog).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	@AfterAll
	void stopTheJar() throws Exception {
		if (service != null) {
			List<ProcessHandle> children = service.descendants().toList();
			service.destroy();
			if (!service.waitFor(60, TimeUnit.SECONDS)) {
				service.destroyForcibly();
			}
			for (ProcessHandle child : children) {
				child.onExit().get(60, TimeUnit.SECONDS);
			}
			assertThat(children).as("a stop of java -jar stops the JVM it started").noneMatch(ProcessHandle::isAlive);
		}
	}

	@Test
	void javaDashJarRunsTheExtractedJarWithTheCacheTheBuildRecorded() throws IOException {
		assertThat(Files.readString(serviceLog, StandardCharsets.UTF_8)).contains(Path.of("target", "majlis", "majlis.jar").toAbsolutePath().toString());
		List<String> child = service.children().findFirst().flatMap(handle -> handle.info().arguments()).map(List::of).orElseThrow();
		assertThat(child).contains("-jar", Path.of("target", "majlis", "majlis.jar").toString()).anyMatch(arg -> arg.startsWith("-Dmajlis.launcher.parent="));
		if (Files.isRegularFile(Path.of("target", "majlis", "majlis.aot"))) {
			assertThat(child).contains("-XX:AOTCache=" + Path.of("target", "majlis", "majlis.aot"));
			assertThat(Files.readString(serviceLog, StandardCharsets.UTF_8)).as("a first run shows no warnings of the JVM's cache")
				.doesNotContain("[warning][aot").doesNotContain("WARNING: ");
		}
	}

	@Test
	void theChildGetsTheOptionsOfJdkJavaOptionsOnceOnItsCommandLine() throws IOException {
		List<String> child = service.children().findFirst().flatMap(handle -> handle.info().arguments()).map(List::of).orElseThrow();
		assertThat(child).containsOnlyOnce(OPTION_FROM_THE_ENVIRONMENT);
		assertThat(Files.readString(serviceLog, StandardCharsets.UTF_8)).as("only the launching JVM reads the variable")
			.containsOnlyOnce("Picked up JDK_JAVA_OPTIONS");
	}

	@Test
	void theJvmThatJavaDashJarStartedStopsWhenJavaDashJarIsKilled() throws Exception {
		Process launcher = new ProcessBuilder(java(), "-jar", JAR.toString(), "--server.port=" + freePort(),
				"--majlis.neo4j.embedded.bolt-port=" + freePort(), "--majlis.demo.enabled=false",
				"--majlis.neo4j.embedded.data-dir=" + work.resolve("killed-store"))
			.redirectErrorStream(true).redirectOutput(work.resolve("killed.log").toFile()).start();
		try {
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (launcher.children().findAny().isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			ProcessHandle child = launcher.children().findFirst().orElseThrow();
			launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

			child.onExit().get(60, TimeUnit.SECONDS);
			assertThat(child.isAlive()).isFalse();
		}
		finally {
			launcher.descendants().forEach(ProcessHandle::destroyForcibly);
			launcher.destroyForcibly();
		}
	}

	@Test
	void copiesTheDemoStoreOfItsBuildIntoTheEmptyDataFolder() throws Exception {
		Path stamp = Path.of("target", "majlis", "demo-store", "demo-store.properties");
		assumeTrue(Files.isRegularFile(stamp), "the build made no demo store (-Dmajlis.aot.skip=true)");
		Properties stamped = new Properties();
		try (var in = Files.newInputStream(stamp); var jar = new JarFile(JAR.toFile())) {
			stamped.load(in);
			assertThat(stamped.getProperty("build")).as("made by this jar's build").isEqualTo(jar.getManifest().getMainAttributes().getValue("Majlis-Build"));
		}
		String log = Files.readString(serviceLog, StandardCharsets.UTF_8);
		assertThat(log).contains("Copied the build's demo store into " + store).contains("Demo graph  loaded now, copied from the build's demo store")
			.doesNotContain("Loaded the demo graph");
		assertThat(graphQl("{ events(first: 0) { totalCount } }", Map.of(), null).at("/data/events/totalCount").asInt()).isEqualTo(5);
		assertThat(store.resolve("data").resolve("server_id")).as("the server made its own id").isRegularFile();
	}

	@Test
	void saysWhereToGoOnceReady() throws IOException {
		String log = Files.readString(serviceLog, StandardCharsets.UTF_8);
		assertThat(log).contains("Majlis is ready").contains("GraphQL     http://localhost:" + base.getPort() + "/graphql")
			.contains("GraphiQL    http://localhost:" + base.getPort() + "/graphiql").contains("Explorer")
			.contains("(embedded Neo4j, store " + store).contains("Demo graph  loaded now");
	}

	@Test
	void answersEveryExampleQueryWithoutErrors() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("graphql", "examples"))) {
			for (Path file : files.sorted().toList()) {
				JsonNode answer = graphQl(Files.readString(file), Map.of(), null);
				assertThat(answer.has("errors")).as("%s: %s", file.getFileName(), answer).isFalse();
				assertThat(answer.get("data").isNull()).as(file.getFileName().toString()).isFalse();
			}
		}
	}

	@Test
	void ingestsAnArticleWithTheTokenAndFindsItsPeopleBySearchAndReport() throws Exception {
		String text = "استقبل وزير الداخلية الفريق أول سالم بن راشد الكعبي في أبوظبي أمس الأمين العام للإنتربول "
				+ "فالديسي أوركيزا، وبحث الجانبان التعاون في مكافحة الجرائم الإلكترونية وتبادل المعلومات.";
		JsonNode ingested = graphQl(GraphQlHttp.INGEST_ARTICLE,
				Map.of("input", Map.of("text", text, "publishedAt", "2026-11-30")), TOKEN);
		assertThat(ingested.has("errors")).as(ingested.toString()).isFalse();
		assertThat(ingested.at("/data/ingestArticle/people").findValuesAsString("name")).anyMatch(name -> name.contains("الكعبي"));

		JsonNode found = graphQl("{ search(text: \"الكعبي\") { node { id } score } }", Map.of(), null);
		assertThat(found.at("/data/search")).isNotEmpty();
		JsonNode report = graphQl("{ runReport(name: \"most-connected-officials\") { columns rows } }", Map.of(), null);
		assertThat(report.at("/data/runReport/rows")).isNotEmpty();
		JsonNode refused = graphQl(GraphQlHttp.INGEST_ARTICLE, Map.of("input", Map.of("text", text)), null);
		assertThat(refused.has("errors")).isTrue();
		assertThat(refused.toString()).doesNotContain("Exception");
	}

	@Test
	void servesGraphiqlTheExplorerAndItsScriptsAndTheMetrics() throws Exception {
		assertThat(get("/graphiql").body()).contains("graphiql");
		String explorer = get("/explorer/").body();
		assertThat(explorer).contains("cytoscape");
		for (String script : scripts(explorer)) {
			URI url = base.resolve("/explorer/").resolve(script);
			assertThat(HTTP.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).as(script)
				.isEqualTo(200);
		}
		assertThat(get("/actuator/prometheus").body()).contains("majlis_cypher_queries_total");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void runsTheCommandLineFromTheJar() throws Exception {
		Path article = Files.writeString(work.resolve("article.txt"),
				"ترأس اللواء فهد العتيبي مدير عام الشرطة اجتماع لجنة مكافحة المخدرات في الكويت يوم الاثنين.");
		Command extract = command("extract", article.toString(), "--format", "json", "--published-at", "2026-11-30",
				"--majlis.neo4j.embedded.data-dir=" + work.resolve("cli-store"));
		assertThat(extract.exit()).as(extract.output()).isZero();
		assertThat(extract.output()).contains("العتيبي");

		Command ingest = command("ingest", article.toString(), "--majlis.neo4j.embedded.data-dir=" + work.resolve("cli-store"));
		assertThat(ingest.exit()).as(ingest.output()).isZero();
		assertThat(ingest.output()).contains("Ingested 1 files").contains("1 new, 0 duplicate, 0 failed");
	}

	@Test
	void ingestsASavedPageAndFollowsAFeedFromTheJar() throws Exception {
		Path page = Files.writeString(work.resolve("agency.html"), TestPages.read("agency.html"));
		String pageStore = "--majlis.neo4j.embedded.data-dir=" + work.resolve("page-store");
		Command ingest = command("ingest", page.toString(), pageStore);
		assertThat(ingest.exit()).as(ingest.output()).isZero();
		assertThat(ingest.output()).contains("1 new, 0 duplicate, 0 failed");

		try (FeedServer server = FeedServer.start()) {
			server.html("/news/government", TestPages.read("government.html")).page("/feed.xml", "application/rss+xml", """
					<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>أخبار</title>
					<item><title>استقبال</title><link>/news/government</link></item></channel></rss>""");
			Command follow = command("follow", server.uri("/feed.xml").toString(), pageStore, "--majlis.feeds.allow-private-addresses=true");
			assertThat(follow.exit()).as(follow.output()).isZero();
			assertThat(follow.output()).contains("items: 1 new, 0 duplicate, 0 failed");
		}
	}

	@Test
	void carriesNoBenchmarkAndNoChartCode() throws IOException {
		for (Path jar : List.of(JAR, Path.of("target", "majlis", "majlis.jar"))) {
			try (ZipFile zip = new ZipFile(jar.toFile())) {
				List<? extends ZipEntry> classes = zip.stream().filter(e -> e.getName().contains("org/majlis/") && e.getName().endsWith(".class"))
					.toList();
				assertThat(classes).as(jar.toString()).isNotEmpty().noneMatch(e -> e.getName().contains("org/majlis/bench/"));
				for (ZipEntry entry : classes) {
					String constants = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
					assertThat(constants).as("%s in %s uses AWT", entry.getName(), jar).doesNotContain("java/awt/", "javax/imageio/");
				}
			}
		}
	}

	@Test
	void theBenchmarkJarRunsOnTheExtractedServiceJar() throws Exception {
		Path figures = work.resolve("bench-ingest.json");
		Command ingest = run(List.of(java(), "-jar", "target/majlis-bench.jar", "ingest", "--articles", "20", "--warmup", "0", "--out",
				figures.toString()));
		assertThat(ingest.exit()).as(ingest.output()).isZero();
		assertThat(JSON.readTree(figures.toFile()).path("articles").asInt()).isEqualTo(20);
	}

	@Test
	void theExtractedJarStartsWithTheAheadOfTimeCacheTheBuildRecorded() throws Exception {
		Path cache = Path.of("target", "majlis", "majlis.aot");
		assumeTrue(Files.isRegularFile(cache), "no ahead-of-time cache: the build's JDK is older than 25 or it was skipped");
		int port = freePort();
		Path log = work.resolve("aot.log");
		Process aot = new ProcessBuilder(java(), "-XX:AOTCache=" + cache, "-Xlog:aot", "-jar", "target/majlis/majlis.jar",
				"--server.port=" + port, "--majlis.neo4j.embedded.bolt-port=" + freePort(), "--majlis.demo.enabled=false",
				"--majlis.neo4j.embedded.data-dir=" + work.resolve("aot-store"))
			.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			URI graphql = URI.create("http://127.0.0.1:" + port + "/graphql");
			long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
			JsonNode answer = null;
			while (answer == null) {
				assertThat(aot.isAlive()).as("stopped; see %s", log).isTrue();
				assertThat(System.nanoTime()).as("no answer in 4 minutes; see %s", log).isLessThan(deadline);
				try {
					answer = JSON.readTree(HTTP.send(HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ topics { key } }\"}")).build(),
							HttpResponse.BodyHandlers.ofString()).body());
				}
				catch (IOException notYet) {
					Thread.sleep(200);
				}
			}
			assertThat(answer.at("/data/topics")).isNotEmpty();
			assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("Opened AOT cache").doesNotContain("mismatch");
		}
		finally {
			aot.destroy();
			aot.waitFor(60, TimeUnit.SECONDS);
		}
	}

	@Test
	void onJava17TheJarSaysItNeedsJava21AndExitsWithOne() throws Exception {
		Path old = oldJava();
		assumeTrue(old != null, "no Java older than 21 installed here");
		Process process = new ProcessBuilder(old.toString(), "-jar", JAR.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

		assertThat(process.exitValue()).isEqualTo(1);
		assertThat(output.strip().lines().filter(line -> !line.startsWith("WARNING"))).singleElement().asString()
			.startsWith("Majlis needs Java 21 or newer, but was started with Java 17").contains("-jar " + JAR);
	}

	private record Command(int exit, String output) {
	}

	private Command command(String... args) throws Exception {
		List<String> commandLine = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
		commandLine.addAll(List.of(args));
		return run(commandLine);
	}

	private static Command run(List<String> commandLine) throws Exception {
		Process process = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Command(process.exitValue(), output);
	}

	private JsonNode graphQl(String query, Map<String, Object> variables, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/graphql")).timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private boolean ready() {
		try {
			return get("/actuator/health/readiness").statusCode() == 200;
		}
		catch (Exception notYet) {
			return false;
		}
	}

	private static List<String> scripts(String page) {
		List<String> scripts = new ArrayList<>();
		var matcher = java.util.regex.Pattern.compile("<script[^>]*src=\"([^\"]+)\"").matcher(page);
		while (matcher.find()) {
			scripts.add(matcher.group(1));
		}
		return scripts;
	}

	/** The JDK running this test: the one the build's toolchain found. */
	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/** A Java older than 21 (the machine's default one here), or null. */
	private static Path oldJava() throws IOException {
		Path jvms = Path.of("/usr/lib/jvm");
		if (!Files.isDirectory(jvms)) {
			return null;
		}
		try (Stream<Path> homes = Files.list(jvms)) {
			return homes.filter(home -> {
				try {
					return Files.readString(home.resolve("release")).contains("JAVA_VERSION=\"17");
				}
				catch (IOException noRelease) {
					return false;
				}
			}).map(home -> home.resolve("bin/java")).filter(Files::isExecutable).findFirst().orElse(null);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
