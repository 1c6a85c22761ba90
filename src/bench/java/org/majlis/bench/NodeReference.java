package org.majlis.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Neo4j GraphQL Library (@neo4j/graphql 7 on GraphQL Yoga, bench/neo4j-graphql) as the third target: installed
 * from the npm registry with {@code npm ci} when its node_modules are missing, then started against the same Neo4j.
 */
final class NodeReference extends ChildProcess {

	private final int port;

	private NodeReference(Path folder, String boltUri, int port, Path log) throws IOException {
		super(List.of("node", "server.mjs"), Map.of("NEO4J_URI", boltUri, "PORT", String.valueOf(port)), folder, log);
		this.port = port;
	}

	static NodeReference start(Path folder, String boltUri, Path logs) throws IOException, InterruptedException {
		install(folder, logs.resolve("npm-ci.log"));
		NodeReference server = new NodeReference(folder, boltUri, freePort(), logs.resolve("neo4j-graphql.log"));
		server.awaitHttpOkOrStop(server.url("/health"), Duration.ofMinutes(2));
		return server;
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static void install(Path folder, Path log) throws IOException, InterruptedException {
		if (Files.isDirectory(folder.resolve("node_modules/@neo4j/graphql"))) {
			return;
		}
		Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(folder.toFile()).redirectErrorStream(true)
			.redirectOutput(log.toFile()).start();
		if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
			npm.destroyForcibly();
			throw new IOException("npm ci failed in " + folder + "; see " + log);
		}
	}
}
