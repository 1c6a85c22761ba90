package org.majlis.curation;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The requests the curation tests make: ingest an article, curate with or without the write token, read back. */
record CurationHttp(GraphQlHttp graphql) {

	static final String MERGE = """
			mutation($into: ID!, $from: [ID!]!, $note: String) { mergeNodes(into: $into, from: $from, note: $note) {
			  id ... on Person { name aliases ranks sources { article { id } } attended { id }
			    attendance { event { id } sources { article { id } quote } } positions { title organization { id } } curations { action by } }
			} }
			""";

	static final String RETRACT = """
			mutation($input: RetractFactInput!) { retractFact(input: $input) { id action subjects note by at detail } }
			""";

	static final String KEEP_APART = """
			mutation($a: ID!, $b: ID!, $note: String) { keepApart(a: $a, b: $b, note: $note) { id action subjects note by at } }
			""";

	JsonNode ingest(String text, String publishedAt) {
		Map<String, Object> input = new HashMap<>();
		input.put("text", text);
		input.put("publishedAt", publishedAt);
		return ok(graphql.post(GraphQlHttp.INGEST_ARTICLE, Map.of("input", input), MajlisTest.WRITE_TOKEN)).get("ingestArticle");
	}

	/** The id of the one person of an ingested article whose name holds {@code part}. */
	static String person(JsonNode ingested, String part) {
		for (JsonNode person : ingested.get("people")) {
			if (person.get("name").asString().contains(part)) {
				return person.get("id").asString();
			}
		}
		throw new AssertionError("No person named with " + part + " in " + ingested);
	}

	GraphQlHttp.Response write(String document, Map<String, Object> variables) {
		return graphql.post(document, variables, MajlisTest.WRITE_TOKEN);
	}

	JsonNode written(String document, Map<String, Object> variables) {
		return ok(write(document, variables));
	}

	JsonNode read(String document, Map<String, Object> variables) {
		return ok(graphql.query(document, variables));
	}

	static JsonNode ok(GraphQlHttp.Response response) {
		assertThat(response.errors()).as(response.body().toString()).isNull();
		assertThat(response.status()).isEqualTo(200);
		return response.data();
	}

	/** The one error of a refused request: its message and classification. */
	static String refused(GraphQlHttp.Response response, String classification) {
		assertThat(response.errors()).as(response.body().toString()).isNotNull().hasSize(1);
		assertThat(response.errors().get(0).at("/extensions/classification").asString()).isEqualTo(classification);
		assertThat(response.body().toString()).doesNotContain("Exception").doesNotContain("at org.");
		return response.errors().get(0).get("message").asString();
	}
}
