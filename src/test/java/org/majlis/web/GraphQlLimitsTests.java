package org.majlis.web;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.majlis.store.CypherQueryCounter;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents too deep, too costly or too aliased are refused before any Cypher runs; oversized bodies get 413. */
@MajlisTest
class GraphQlLimitsTests {

	@Autowired
	GraphQlHttp graphql;

	@Autowired
	CypherQueryCounter counter;

	private GraphQlHttp.Response refusedWithoutCypher(String document) {
		long before = counter.count();
		GraphQlHttp.Response response = graphql.query(document);
		assertThat(counter.count()).isEqualTo(before);
		assertThat(response.data() == null || response.data().isNull()).isTrue();
		assertThat(response.errors()).isNotNull();
		return response;
	}

	@Test
	void shouldRefuseADeeplyNestedQueryBeforeRunningCypher() {
		String deep = "{ node(id: \"org:interpol\") { ... on Organization { " + "parent { ".repeat(20) + "name"
				+ " }".repeat(20) + " } } }";
		var response = refusedWithoutCypher(deep);
		assertThat(response.errors().toString()).contains("depth");
	}

	@Test
	void shouldRefuseAnAliasedQueryBombBeforeRunningCypher() {
		StringBuilder bomb = new StringBuilder("{");
		for (int i = 0; i < 200; i++) {
			bomb.append(" a").append(i).append(": events(first: 500) { edges { node { name } } }");
		}
		var response = refusedWithoutCypher(bomb.append(" }").toString());
		assertThat(response.errors().toString()).contains("aliased fields");
	}

	@Test
	void shouldRefuseAQueryOfTooManyFieldsBeforeRunningCypher() {
		String fields = "name nameEn aliases acronym ".repeat(300);
		var response = refusedWithoutCypher("{ node(id: \"org:interpol\") { ... on Organization { " + fields + " } } }");
		assertThat(response.errors().toString()).contains("complexity");
	}

	@Test
	void shouldAnswer413ToAnOversizedBody() {
		String huge = "{\"query\":\"{ __typename }\",\"variables\":{\"padding\":\"" + "x".repeat(2_200_000) + "\"}}";
		var response = graphql.send(HttpRequest.newBuilder(graphql.uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(huge, StandardCharsets.UTF_8))
			.build());
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.errors().get(0).get("message").asString()).contains("larger than");
	}

	@Test
	void shouldStillAnswerAnOrdinaryNestedQuery() {
		assertThat(graphql.data("{ events(first: 2) { edges { node { name attendees { name } } } } }")).isNotNull();
	}
}
