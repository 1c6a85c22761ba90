package org.majlis.web;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad requests are answered with a classification and a message to act on, never with internals. */
@MajlisTest
class ErrorDisclosureTests {

	private static final List<String> INTERNALS = List.of("Exception", "at org.", "MATCH ", "Neo4j", "neo4j.");

	@Autowired
	GraphQlHttp graphql;

	private static void assertDisclosesNothing(GraphQlHttp.Response response) {
		String body = response.body().toString();
		assertThat(response.errors()).as(body).isNotNull();
		INTERNALS.forEach(internal -> assertThat(body).doesNotContain(internal));
	}

	@Test
	void shouldNotDiscloseInternalsForAnUnknownField() {
		assertDisclosesNothing(graphql.query("{ events { edges { node { password } } } }"));
	}

	@Test
	void shouldNotDiscloseInternalsForAVariableOfTheWrongType() {
		assertDisclosesNothing(graphql.query("query($first: Int) { events(first: $first) { edges { cursor } } }",
				Map.of("first", "many")));
		assertDisclosesNothing(graphql.query("query($from: PartialDate) { coAttendance(from: $from) { nodes { id } } }",
				Map.of("from", "last spring")));
	}

	@Test
	void shouldNotDiscloseInternalsForMalformedJson() {
		var response = graphql.postRaw("{\"query\": \"{ events { edges { cursor } } \"", null);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().toString()).doesNotContain("Exception", "at org.");
	}

	@Test
	void shouldNotDiscloseInternalsForAHugeFirst() {
		var response = graphql.query("{ events(first: 100000) { edges { node { name } } } }");
		assertDisclosesNothing(response);
		assertThat(response.errors().get(0).at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(response.errors().get(0).get("message").asString()).contains("at most 500");
	}

	@Test
	void shouldNotDiscloseInternalsForASyntaxError() {
		assertDisclosesNothing(graphql.query("{ events(first: ) { edges { node { name } } "));
		var byGet = graphql.send(HttpRequest.newBuilder(graphql.uri("/graphql?query="
				+ URLEncoder.encode("{ node(id: [}", StandardCharsets.UTF_8))).GET().build());
		assertThat(byGet.status()).isLessThan(500);
		assertDisclosesNothing(byGet);
	}

	@Test
	void shouldNotDiscloseInternalsForAnUnknownNodeKind() {
		assertDisclosesNothing(graphql.query("{ neighborhood(id: \"x\", depth: 99) { nodes { id } } }"));
	}
}
