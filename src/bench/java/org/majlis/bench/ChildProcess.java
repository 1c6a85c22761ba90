package org.majlis.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A process the benchmark starts (the service, the Node server), its output in a log file, stopped on close or
 * when the benchmark itself is stopped.
 */
class ChildProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;
	private final Path log;
	private final long startedNanos = System.nanoTime();
	private final Thread stopOnExit;

	ChildProcess(List<String> command, Map<String, String> environment, Path directory, Path log) throws IOException {
		Files.createDirectories(log.toAbsolutePath().getParent());
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		this.process = builder.start();
		this.log = log;
		this.stopOnExit = new Thread(() -> stop(process), "stop-" + command.getFirst());
		Runtime.getRuntime().addShutdownHook(stopOnExit);
	}

	/** Waits until the URL answers 200; answers the seconds since the process started. */
	double awaitHttpOk(URI url, Duration limit) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IOException("The process stopped with exit code " + process.exitValue() + "; see " + log);
			}
			try {
				HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return (System.nanoTime() - startedNanos) / 1e9;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IOException(url + " did not answer within " + limit.toSeconds() + " s; see " + log);
	}

	double secondsSinceStart() {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	/**
	 * Resident memory of the process and the processes it started (Maven forks the JVM), in MB, from Linux's
	 * {@code /proc}; 0 where there is no {@code /proc}.
	 */
	double residentMb() {
		long kb = Stream.concat(Stream.of(process.toHandle()), process.descendants())
			.mapToLong(handle -> residentKb(handle.pid()))
			.sum();
		return Math.round(kb / 102.4) / 10.0;
	}

	private static long residentKb(long pid) {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
				.filter(line -> line.startsWith("VmRSS:"))
				.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst().orElse(0);
		}
		catch (IOException | UncheckedIOException gone) {
			return 0;
		}
	}

	/** {@link #awaitHttpOk}, stopping the process when it never answers. */
	double awaitHttpOkOrStop(URI url, Duration limit) throws IOException, InterruptedException {
		try {
			return awaitHttpOk(url, limit);
		}
		catch (IOException | InterruptedException ex) {
			close();
			throw ex;
		}
	}

	@Override
	public void close() {
		try {
			Runtime.getRuntime().removeShutdownHook(stopOnExit);
		}
		catch (IllegalStateException shuttingDown) {
			// the hook runs anyway
		}
		stop(process);
	}

	/**
	 * Asks the process and the processes it started to stop (Maven's forked JVM outlives Maven otherwise), and kills
	 * them when they have not within a minute (a JVM out of memory may never stop).
	 */
	private static void stop(Process process) {
		List<ProcessHandle> children = process.descendants().toList();
		children.forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			for (ProcessHandle child : children) {
				child.onExit().get(60, TimeUnit.SECONDS);
			}
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (ExecutionException | TimeoutException ex) {
			children.forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			children.forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/** A TCP port nobody listens on now. */
	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** The java executable running this benchmark, so that children run on the same JDK. */
	static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	static String get(URI url) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
	}
}
