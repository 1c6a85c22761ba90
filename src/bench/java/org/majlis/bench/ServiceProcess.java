package org.majlis.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Majlis service under test in its own JVM (the jar the benchmark runs from) on a store folder, with its
 * embedded Neo4j's Bolt port open for the other two targets. Reports its start-up time and its heap.
 */
final class ServiceProcess extends ChildProcess {

	private static final Pattern HEAP_USED = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+]+)",
			Pattern.MULTILINE);

	private final int httpPort;
	private final int boltPort;
	private double startupSeconds;

	private ServiceProcess(List<String> command, Path log, int httpPort, int boltPort) throws IOException {
		super(command, Map.of(), Path.of("."), log);
		this.httpPort = httpPort;
		this.boltPort = boltPort;
	}

	/** Starts the service and waits until it is ready (store initialised, Neo4j answering). */
	/**
	 * The plain-list ceiling of the benchmarked service: office-holders asks for every office of the busiest
	 * organisation in one answer (1,064 at SF1, ten times that at SF10), as hand-written Cypher and @neo4j/graphql give them.
	 */
	static final int LIST_CEILING = 100_000;

	static ServiceProcess start(Path jar, Path store, String heap, Path log)
			throws IOException, InterruptedException {
		int http = freePort();
		int bolt = freePort();
		List<String> command = List.of(java(), "-Xmx" + heap, "-jar", jar.toString(), "--server.port=" + http,
				"--majlis.neo4j.embedded.bolt-port=" + bolt, "--majlis.neo4j.embedded.data-dir=" + store.toAbsolutePath(),
				"--majlis.demo.enabled=false", "--majlis.query.list-ceiling=" + LIST_CEILING);
		ServiceProcess service = new ServiceProcess(command, log, http, bolt);
		service.startupSeconds = service.awaitHttpOkOrStop(service.url("/actuator/health/readiness"), Duration.ofMinutes(10));
		return service;
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + httpPort + path);
	}

	String boltUri() {
		return "bolt://127.0.0.1:" + boltPort;
	}

	double startupSeconds() {
		return startupSeconds;
	}

	/** Heap in use now, in MB, as the service's Prometheus endpoint reports it (the sum over its heap pools). */
	double heapUsedMb() throws IOException, InterruptedException {
		Matcher matcher = HEAP_USED.matcher(get(url("/actuator/prometheus")));
		double bytes = 0;
		while (matcher.find()) {
			bytes += Double.parseDouble(matcher.group(1));
		}
		return bytes / (1024 * 1024);
	}
}
