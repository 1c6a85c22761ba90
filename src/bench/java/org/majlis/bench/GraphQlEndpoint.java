package org.majlis.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL server over HTTP (Majlis or the Neo4j GraphQL Library): posts operations read from a folder and
 * counts what comes back along a path such as {@code events.edges.node.attendees} (lists are walked through).
 */
final class GraphQlEndpoint {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();
	private final URI uri;
	private final Path operations;

	GraphQlEndpoint(URI uri, Path operations) {
		this.uri = uri;
		this.operations = operations;
	}

	/** A probe asking the named operation with the variables and counting along the path. */
	Probe probe(String operation, Map<String, Object> variables, String countPath) throws IOException {
		String document = Files.readString(operations.resolve(operation + ".graphql"));
		return () -> count(post(document, variables), countPath);
	}

	/** A probe following {@code pageInfo.endCursor} through every page, counting along the path on each. */
	Probe pagedProbe(String operation, Map<String, Object> variables, String countPath) throws IOException {
		String document = Files.readString(operations.resolve(operation + ".graphql"));
		return () -> {
			Map<String, Object> page = new HashMap<>(variables);
			int items = 0;
			while (true) {
				JsonNode data = post(document, page);
				items += count(data, countPath);
				JsonNode pageInfo = data.findValue("pageInfo");
				if (pageInfo == null || !pageInfo.path("hasNextPage").asBoolean(false)) {
					return items;
				}
				page.put("after", pageInfo.path("endCursor").asString());
			}
		};
	}

	JsonNode post(String document, Map<String, Object> variables) throws IOException, InterruptedException {
		String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
			.header("Content-Type", "application/json").header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
		JsonNode answer = JSON.readTree(response.body());
		if (response.statusCode() != 200 || answer.has("errors")) {
			String errors = answer.path("errors").toString();
			throw new IOException(uri + " answered " + response.statusCode() + ": " + errors.substring(0, Math.min(500, errors.length())));
		}
		return answer.path("data");
	}

	/** Counts along the path, or along each of several paths separated by commas. */
	static int count(JsonNode node, String paths) {
		int sum = 0;
		for (String path : paths.split(",")) {
			sum += count(node, path.isEmpty() ? new String[0] : path.split("\\."), 0);
		}
		return sum;
	}

	private static int count(JsonNode node, String[] path, int at) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return 0;
		}
		if (at == path.length) {
			return node.isArray() ? node.size() : 1;
		}
		if (node.isArray()) {
			int sum = 0;
			for (JsonNode element : node) {
				sum += count(element, path, at);
			}
			return sum;
		}
		return count(node.get(path[at]), path, at + 1);
	}
}
