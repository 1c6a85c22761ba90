package org.majlis.bench;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;

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

	/** Asks the process to stop, and kills it when it has not within a minute (a JVM out of memory may never stop). */
	private static void stop(Process process) {
		process.destroy();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
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
