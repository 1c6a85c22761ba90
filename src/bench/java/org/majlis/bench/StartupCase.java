package org.majlis.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The ways the start-up benchmark starts the service: a jar with {@code java -jar}, or the README's Maven command. */
final class StartupCase {

	private StartupCase() {
	}

	/**
	 * A jar under a label, started with the JDK that runs the benchmark and its default heap, as a user would; with
	 * the ahead-of-time cache beside it ({@code majlis.aot}, made by the build for {@code target/majlis/majlis.jar})
	 * when there is one. The path stays as given: the cache holds the class path as the training start wrote it.
	 */
	record Jar(String name, Path path, Path work) {

		String label(String scenario) {
			return name + ": " + scenario;
		}

		StartupRun start(Path store, boolean demo, int run) throws IOException, InterruptedException {
			int http = ChildProcess.freePort();
			List<String> command = new ArrayList<>(List.of(ChildProcess.java()));
			Path cache = path.resolveSibling("majlis.aot");
			if (Files.isRegularFile(cache)) {
				command.addAll(List.of("-XX:AOTCache=" + cache, "-Xlog:aot*=error"));
			}
			command.addAll(List.of("-jar", path.toString()));
			command.addAll(settings(http, store, demo));
			Path log = work.resolve("%s-%s-%s-%d.log".formatted(name, store.getFileName(), demo ? "demo" : "nodemo", run));
			if (Files.exists(log)) {
				log = log.resolveSibling(log.getFileName().toString().replace(".log", "-again.log"));
			}
			return StartupRun.measure(command, Path.of("."), http, log);
		}
	}

	/** {@code ./mvnw spring-boot:run} from the project folder on an empty store. */
	static StartupRun maven(Path store, Path work, int run) throws IOException, InterruptedException {
		int http = ChildProcess.freePort();
		List<String> command = List.of("./mvnw", "-B", "-q", "-o", "spring-boot:run",
				"-Dspring-boot.run.arguments=" + String.join(" ", settings(http, store, true)));
		return StartupRun.measure(command, Path.of("."), http, work.resolve("maven-" + run + ".log"));
	}

	private static List<String> settings(int http, Path store, boolean demo) throws IOException {
		return List.of("--server.port=" + http, "--majlis.neo4j.embedded.bolt-port=" + ChildProcess.freePort(),
				"--majlis.neo4j.embedded.data-dir=" + store, "--majlis.demo.enabled=" + demo);
	}
}
