package org.majlis.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A small web server on 127.0.0.1 for feed tests: feeds, pages, redirects, errors, a slow answer and a huge one. */
public final class FeedServer implements AutoCloseable {

	/** What a path answers. */
	@FunctionalInterface
	private interface Answer {

		void send(HttpExchange exchange) throws IOException;
	}

	private final HttpServer server;
	private final ExecutorService threads = Executors.newCachedThreadPool();
	private final Map<String, Answer> answers = new ConcurrentHashMap<>();
	private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

	private FeedServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(threads);
		server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
			try (exchange) {
				answers.getOrDefault(path, e -> send(e, 404, "text/plain", "not found")).send(exchange);
			}
			catch (IOException ex) {
				// the client went away (a time-out or a size limit): nothing to answer
			}
		});
		server.start();
	}

	public static FeedServer start() {
		try {
			return new FeedServer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
	}

	public int hits(String path) {
		return hits.getOrDefault(path, new AtomicInteger()).get();
	}

	public FeedServer page(String path, String contentType, String body) {
		answers.put(path, exchange -> send(exchange, 200, contentType, body));
		return this;
	}

	public FeedServer html(String path, String body) {
		return page(path, "text/html; charset=utf-8", body);
	}

	/** Answers 404 the first {@code failures} times, then the page. */
	public FeedServer flaky(String path, int failures, String html) {
		AtomicInteger calls = new AtomicInteger();
		answers.put(path, exchange -> send(exchange, calls.incrementAndGet() <= failures ? 404 : 200, "text/html; charset=utf-8", html));
		return this;
	}

	public FeedServer redirect(String path, String location) {
		answers.put(path, exchange -> {
			exchange.getResponseHeaders().add("Location", location);
			exchange.sendResponseHeaders(302, -1);
		});
		return this;
	}

	public FeedServer slow(String path, Duration delay, String html) {
		answers.put(path, exchange -> {
			try {
				Thread.sleep(delay);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			send(exchange, 200, "text/html; charset=utf-8", html);
		});
		return this;
	}

	/** An HTML page of {@code bytes} bytes, made as it is sent. */
	public FeedServer huge(String path, long bytes) {
		answers.put(path, exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, 0);
			byte[] chunk = new byte[64 * 1024];
			Arrays.fill(chunk, (byte) 'x');
			try (OutputStream out = exchange.getResponseBody()) {
				out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
				for (long sent = 0; sent < bytes; sent += chunk.length) {
					out.write(chunk);
				}
			}
		});
		return this;
	}

	private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}
}
