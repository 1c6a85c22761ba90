package org.majlis.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.majlis.GraphQlTesting;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests the curation tests make through the GraphQL tester: ingest an article, curate with the write token
 * (documents {@code mergeNodes}, {@code retractFact}, {@code keepApart} of src/test/resources/graphql-test), read back.
 */
record CurationRequests(HttpGraphQlTester reader, HttpGraphQlTester writer) {

	CurationRequests(HttpGraphQlTester tester) {
		this(tester, GraphQlTesting.writer(tester));
	}

	/** The payload of ingestArticle for this text. */
	JsonNode ingest(String text, String publishedAt) {
		Map<String, Object> input = new HashMap<>();
		input.put("text", text);
		input.put("publishedAt", publishedAt);
		return written("ingestArticle", Map.of("input", input));
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

	/** The response to a mutation of graphql-test sent with the write token, errors and all. */
	GraphQlTester.Response write(String documentName, Map<String, Object> variables) {
		return writer.documentName(documentName).variables(variables).execute();
	}

	/** The value of the one root field of a mutation of graphql-test sent with the write token, which must succeed. */
	JsonNode written(String documentName, Map<String, Object> variables) {
		return rootValue(write(documentName, variables));
	}

	/** The data of a query of graphql-test sent without a token, which must succeed. */
	JsonNode read(String documentName, Map<String, Object> variables) {
		return GraphQlTesting.data(reader.documentName(documentName).variables(variables).execute());
	}

	/** The data of a query given as text, sent without a token, which must succeed. */
	JsonNode readDocument(String document, Map<String, Object> variables) {
		return GraphQlTesting.data(reader.document(document).variables(variables).execute());
	}

	private static JsonNode rootValue(GraphQlTester.Response response) {
		JsonNode data = GraphQlTesting.data(response);
		assertThat(data.size()).as("root fields of %s", data).isOne();
		return data.iterator().next();
	}

	/** The message of the one error of a refused request, after checking its classification and that it leaks no internals. */
	static String refused(GraphQlTester.Response response, String classification) {
		List<ResponseError> errors = GraphQlTesting.refused(response);
		assertThat(errors).hasSize(1);
		assertThat(errors.getFirst().getExtensions()).containsEntry("classification", classification);
		return errors.getFirst().getMessage();
	}
}
