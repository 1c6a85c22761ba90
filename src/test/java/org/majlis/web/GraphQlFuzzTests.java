package org.majlis.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Random documents from a seeded generator (schema words, punctuation, strings with bidi overrides, control
 * characters and lone surrogates, huge strings) sent by POST, by GET and as raw bodies: the service never
 * answers 5xx, never hangs, and always answers JSON.
 */
@MajlisTest
class GraphQlFuzzTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int REQUESTS = 300;

	private static final List<String> TOKENS = List.of("{", "}", "(", ")", "[", "]", ":", "!", "$", "@", "...", "=", ",",
			"query", "mutation", "subscription", "fragment", "on", "events", "node", "search", "neighborhood",
			"shortestPath", "coAttendance", "articles", "ingestArticle", "edges", "cursor", "name", "id", "first",
			"after", "where", "depth", "limit", "input", "text", "__typename", "__schema", "types", "Organization",
			"Person", "true", "null", "-1", "2147483648", "9e999", "0.5", "\"\"", "#", "\n", "\t");

	private final Random random = new Random(20260822);

	@Autowired
	GraphQlHttp graphql;

	@Test
	@Timeout(value = 240, unit = TimeUnit.SECONDS)
	void shouldAnswerRandomDocumentsWithJsonAndWithoutServerErrors() throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
			for (int i = 0; i < REQUESTS; i++) {
				HttpRequest request = switch (i % 3) {
					case 0 -> post(JSON.writeValueAsString(body()));
					case 1 -> get(document());
					default -> post(rawBody());
				};
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				String what = "request " + i + " answered " + response.statusCode() + ": " + abbreviated(response.body());
				assertThat(response.statusCode()).as(what).isLessThan(500);
				if (!response.body().isBlank()) {
					assertThatCode(() -> JSON.readTree(response.body())).as(what).doesNotThrowAnyException();
				}
			}
		}
	}

	private static String abbreviated(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

	private HttpRequest post(String body) {
		return HttpRequest.newBuilder(graphql.uri("/graphql"))
			.timeout(Duration.ofSeconds(15))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
	}

	private HttpRequest get(String document) {
		String query = URLEncoder.encode(document, StandardCharsets.UTF_8);
		if (query.length() > 6000) {
			query = query.substring(0, 6000).replaceAll("%[0-9A-F]?$", "");
		}
		return HttpRequest.newBuilder(graphql.uri("/graphql?query=" + query))
			.timeout(Duration.ofSeconds(15))
			.header("Accept", "application/graphql-response+json")
			.GET()
			.build();
	}

	private Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document());
		if (random.nextBoolean()) {
			body.put("variables", Map.of(word(), string(), "first", random.nextInt(), "id", string()));
		}
		if (random.nextInt(4) == 0) {
			body.put("operationName", string());
		}
		return body;
	}

	private String document() {
		StringBuilder document = new StringBuilder();
		int length = 1 + random.nextInt(60);
		for (int i = 0; i < length; i++) {
			document.append(random.nextInt(6) == 0 ? "\"" + string().replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : word())
				.append(' ');
		}
		return document.toString();
	}

	private String word() {
		return TOKENS.get(random.nextInt(TOKENS.size()));
	}

	private String rawBody() {
		return switch (random.nextInt(4)) {
			case 0 -> string();
			case 1 -> "{\"query\": " + document();
			case 2 -> "[" + JSON.writeValueAsString(body()) + "]";
			default -> "{\"query\": " + random.nextInt() + ", \"variables\": \"" + word() + "\"}";
		};
	}

	/** Arabic, a right-to-left override, control and binary characters, a lone surrogate, or a huge run. */
	private String string() {
		return switch (random.nextInt(6)) {
			case 0 -> "الإنتربول\u202Eلوبرتنإلا\u202C";
			case 1 -> "\u0000\u0001\u0007\u001B\u007F\uFFFE\uFEFF";
			case 2 -> "\uD800x\uDFFF";
			case 3 -> "ش".repeat(1 + random.nextInt(50_000));
			case 4 -> randomChars(1 + random.nextInt(40));
			default -> "org:" + word();
		};
	}

	private String randomChars(int count) {
		StringBuilder chars = new StringBuilder();
		for (int i = 0; i < count; i++) {
			chars.append((char) random.nextInt(0x10000));
		}
		return chars.toString();
	}
}
