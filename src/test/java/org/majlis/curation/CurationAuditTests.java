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

import static org.assertj.core.api.Assertions.assertThat;

/** Who may curate, and the audit trail: paged, answered by node(id), never showing a token. */
@EmptyStoreTest
class CurationAuditTests {

	private static final String PAGE = """
			query($after: String) { curations(first: 1, after: $after) {
			  edges { cursor node { id action subjects note by at } } pageInfo { hasNextPage endCursor } } }
			""";

	@Autowired
	GraphQlHttp graphql;

	@Autowired
	Driver driver;

	private CurationHttp http() {
		return new CurationHttp(graphql);
	}

	@Test
	void shouldRefuseCurationsWithoutAWriteTokenAndChangeNothing() {
		JsonNode article = http().ingest("شارك العميد راشد حمد النعيمي والعقيد سعود مبارك السبيعي في اجتماع إقليمي عقد في مدينة الخبر "
				+ "يوم 11 مارس 2025.", "2025-03-12");
		String one = CurationHttp.person(article, "النعيمي");
		String other = CurationHttp.person(article, "السبيعي");
		String event = article.at("/events/0/id").asString();
		String before = snapshot();
		Map<String, Object> merge = Map.of("into", one, "from", List.of(other));
		Map<String, Object> retract = Map.of("input", Map.of("type", "ATTENDED", "from", one, "to", event));
		Map<String, Object> apart = Map.of("a", one, "b", other);
		for (String token : new String[] { null, "not-the-token" }) {
			assertThat(graphql.post(CurationHttp.MERGE, merge, token).errors()).as("merge, token " + token).isNotNull();
			assertThat(graphql.post(CurationHttp.RETRACT, retract, token).errors()).as("retract, token " + token).isNotNull();
			assertThat(graphql.post(CurationHttp.KEEP_APART, apart, token).errors()).as("keepApart, token " + token).isNotNull();
		}
		assertThat(CurationHttp.refused(graphql.post(CurationHttp.KEEP_APART, apart, null), "UNAUTHORIZED")).isNotBlank();
		assertThat(graphql.post(CurationHttp.KEEP_APART, apart, "not-the-token").status()).isEqualTo(401);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldPageTheAuditTrailNewestFirstAndAnswerACurationByIdWithoutTheToken() {
		JsonNode article = http().ingest("حضر اللواء عادل يوسف الكندري والعميد مشعل فهد الرشيدي مؤتمرا أمنيا في مدينة الجهراء "
				+ "يوم 14 أبريل 2025.", "2025-04-15");
		String one = CurationHttp.person(article, "الكندري");
		String other = CurationHttp.person(article, "الرشيدي");
		String event = article.at("/events/0/id").asString();
		JsonNode apart = http().written(CurationHttp.KEEP_APART, Map.of("a", one, "b", other, "note", "two generals")).get("keepApart");
		JsonNode retracted = http().written(CurationHttp.RETRACT, Map.of("input", Map.of("type", "ATTENDED", "from", other, "to", event)))
			.get("retractFact");

		JsonNode first = http().read(PAGE, Map.of()).get("curations");
		assertThat(first.at("/edges/0/node/id").asString()).isEqualTo(retracted.get("id").asString());
		assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
		JsonNode second = http().read(PAGE, Map.of("after", first.at("/pageInfo/endCursor").asString())).get("curations");
		assertThat(second.at("/edges/0/node/id").asString()).isEqualTo(apart.get("id").asString());

		JsonNode node = http().read("query($id: ID!) { node(id: $id) { id ... on Curation { action subjects note by at } } }",
				Map.of("id", apart.get("id").asString())).get("node");
		assertThat(node.get("action").asString()).isEqualTo("keep-apart");
		assertThat(node.get("note").asString()).isEqualTo("two generals");
		assertThat(node.get("by").asString()).isEqualTo("writer");
		assertThat(node.get("subjects").toString()).contains(one).contains(other);
		assertThat(node.get("at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");

		String everything = http().read("{ curations(first: 500) { edges { node { id action subjects note by at detail } } } }", Map.of())
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
