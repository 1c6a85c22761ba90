package org.majlis;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/** A plain HTTP client of the running service's GraphQL endpoint, as scripts and front-ends use it. */
@TestComponent
public class GraphQlHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The ingestArticle mutation, with a selection covering what the tests read ({@code $input: IngestArticleInput!}). */
	public static final String INGEST_ARTICLE = document("ingestArticle");

	private final Environment environment;
	private final HttpClient client = HttpClient.newHttpClient();

	public GraphQlHttp(Environment environment) {
		this.environment = environment;
	}

	/** The response to one request: its HTTP status and JSON body. */
	public record Response(int status, JsonNode body, String contentType) {

		public JsonNode data() {
			return body.get("data");
		}

		public JsonNode errors() {
			return body.get("errors");
		}
	}

	/** A test document of src/test/resources/graphql-test by its name. */
	public static String document(String name) {
		try (var in = GraphQlHttp.class.getResourceAsStream("/graphql-test/" + name + ".graphql")) {
			if (in == null) {
				throw new IllegalArgumentException("No test document graphql-test/" + name + ".graphql");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path);
	}

	public Response query(String document) {
		return post(document, Map.of(), null);
	}

	public Response query(String document, Map<String, Object> variables) {
		return post(document, variables, null);
	}

	public Response post(String document, Map<String, Object> variables, String token) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		return postRaw(JSON.writeValueAsString(body), token);
	}

	public Response postRaw(String body, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			String contentType = response.headers().firstValue("Content-Type").orElse("");
			JsonNode json = response.body().isBlank() || !contentType.contains("json") ? JSON.createObjectNode()
					: JSON.readTree(response.body());
			return new Response(response.statusCode(), json, contentType);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Data of a request that must succeed without errors. */
	public JsonNode data(String document) {
		Response response = query(document);
		if (response.errors() != null || response.status() != 200) {
			throw new AssertionError("GraphQL request failed (" + response.status() + "): " + response.body());
		}
		return response.data();
	}
}
