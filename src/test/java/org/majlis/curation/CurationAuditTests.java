package org.majlis.curation;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.majlis.EmptyStoreTest;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may curate, and the audit trail: paged, answered by node(id), never showing a token. A wrong token is refused by
 * HTTP itself (401), so those requests go through {@link GraphQlHttp}; the rest through the GraphQL tester.
 */
@EmptyStoreTest
class CurationAuditTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphQlHttp http;

	@Autowired
	Driver driver;

	private CurationRequests curation() {
		return new CurationRequests(graphQl);
	}

	@Test
	void shouldRefuseCurationsWithoutAWriteTokenAndChangeNothing() {
		JsonNode article = curation().ingest("شارك العميد راشد حمد النعيمي والعقيد سعود مبارك السبيعي في اجتماع إقليمي عقد في مدينة الخبر "
				+ "يوم 11 مارس 2025.", "2025-03-12");
		String one = CurationRequests.person(article, "النعيمي");
		String other = CurationRequests.person(article, "السبيعي");
		String event = article.at("/events/0/id").asString();
		String before = snapshot();
		Map<String, Object> merge = Map.of("into", one, "from", List.of(other));
		Map<String, Object> retract = Map.of("input", Map.of("type", "ATTENDED", "from", one, "to", event));
		Map<String, Object> apart = Map.of("a", one, "b", other);
		Map<String, Map<String, Object>> curations = Map.of("mergeNodes", merge, "retractFact", retract, "keepApart", apart);
		curations.forEach((name, variables) -> {
			assertThat(CurationRequests.refused(graphQl.documentName(name).variables(variables).execute(), "UNAUTHORIZED"))
				.as(name + ", no token").isNotBlank();
			assertThat(http.post(GraphQlHttp.document(name), variables, "not-the-token").errors()).as(name + ", wrong token").isNotNull();
		});
		assertThat(http.post(GraphQlHttp.document("keepApart"), apart, "not-the-token").status()).isEqualTo(401);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldPageTheAuditTrailNewestFirstAndAnswerACurationByIdWithoutTheToken() {
		JsonNode article = curation().ingest("حضر اللواء عادل يوسف الكندري والعميد مشعل فهد الرشيدي مؤتمرا أمنيا في مدينة الجهراء "
				+ "يوم 14 أبريل 2025.", "2025-04-15");
		String one = CurationRequests.person(article, "الكندري");
		String other = CurationRequests.person(article, "الرشيدي");
		String event = article.at("/events/0/id").asString();
		JsonNode apart = curation().written("keepApart", Map.of("a", one, "b", other, "note", "two generals"));
		JsonNode retracted = curation().written("retractFact", Map.of("input", Map.of("type", "ATTENDED", "from", other, "to", event)));

		JsonNode first = curation().read("curationPage", Map.of()).get("curations");
		assertThat(first.at("/edges/0/node/id").asString()).isEqualTo(retracted.get("id").asString());
		assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
		JsonNode second = curation().read("curationPage", Map.of("after", first.at("/pageInfo/endCursor").asString())).get("curations");
		assertThat(second.at("/edges/0/node/id").asString()).isEqualTo(apart.get("id").asString());

		JsonNode node = curation().readDocument("query($id: ID!) { node(id: $id) { id ... on Curation { action subjects note by at } } }",
				Map.of("id", apart.get("id").asString())).get("node");
		assertThat(node.get("action").asString()).isEqualTo("keep-apart");
		assertThat(node.get("note").asString()).isEqualTo("two generals");
		assertThat(node.get("by").asString()).isEqualTo("writer");
		assertThat(node.get("subjects").toString()).contains(one).contains(other);
		assertThat(node.get("at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");

		String everything = curation().readDocument("{ curations(first: 500) { edges { node { id action subjects note by at detail } } } }", Map.of())
			.toString();
		assertThat(everything).doesNotContain(MajlisTest.WRITE_TOKEN);
		assertThat(driver.executableQuery("MATCH (c:Curation) RETURN c").execute().records().toString())
			.doesNotContain(MajlisTest.WRITE_TOKEN);
	}

	/** Every node and relationship with its properties, to tell whether anything changed. */
	private String snapshot() {
		return driver.executableQuery("""
				CALL () { MATCH (n) RETURN count(n) AS nodes }
				CALL () { MATCH ()-[r]->() RETURN count(r) AS rels, collect(properties(r)) AS props }
				RETURN nodes, rels, props""").execute().records().toString();
	}
}
