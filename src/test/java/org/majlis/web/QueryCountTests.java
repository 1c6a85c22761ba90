package org.majlis.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.majlis.store.CypherQueryCounter;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A compiled GraphQL request costs one Cypher statement, however deep its selection and however many rows it returns. */
@MajlisTest
class QueryCountTests {

	/** The benchmark's headline question: events on a topic, their place, their attendees and the attendees' offices. */
	static final String HEADLINE = """
			query($first: Int) { events(where: {topic: "cybercrime"}, first: $first) { totalCount edges { node {
			  name nameEn kind startDate endDate
			  location { name nameEn country { name } }
			  attendees { name nameEn positions { title organization { name nameEn } } }
			  topics { key }
			} } } }
			""";

	@Autowired
	GraphQlHttp graphql;

	@Autowired
	CypherQueryCounter counter;

	private long statementsFor(String document, Map<String, Object> variables) {
		long before = counter.count();
		GraphQlHttp.Response response = graphql.query(document, variables);
		assertThat(response.errors()).isNull();
		return counter.count() - before;
	}

	@Test
	void theHeadlineQueryWithFourNestedLevelsIsOneStatementWhateverItReturns() {
		assertThat(statementsFor(HEADLINE, Map.of("first", 1))).isEqualTo(1);
		assertThat(statementsFor(HEADLINE, Map.of("first", 100))).isEqualTo(1);
	}

	@Test
	void aNodeByIdWithNestedFieldsIsOneStatement() {
		assertThat(statementsFor("""
				query($id: ID!) { node(id: $id) { id ... on Person {
				  name sources { article { url } quote }
				  positions { title from organization { name country { name } parent { name } } sources { article { title } } }
				  attendance { role event { name location { name } } sources { confidence } }
				  attended { name attendees { name } organizers { name } }
				} } }
				""", Map.of("id", "person:ahmed-naser-al-raisi"))).isEqualTo(1);
	}

	@Test
	void aRelationConnectionIsOneStatement() {
		assertThat(statementsFor("""
				query($id: ID!) { node(id: $id) { ... on Person {
				  attendedConnection(first: 2, where: {topic: "cybercrime"}, orderBy: [{field: START_DATE, direction: DESC}]) {
				    totalCount edges { cursor node { name attendeesConnection(first: 3) { totalCount edges { node { name } } } } }
				    pageInfo { hasNextPage endCursor } } } } }
				""", Map.of("id", "person:ahmed-naser-al-raisi"))).isEqualTo(1);
	}

	/** The benchmark's events in a country, a page past a cursor: the union of the ways to the place's events is one statement too. */
	@Test
	void aPageOfEventsInACountryPastACursorIsOneStatement() {
		String document = """
				query($after: String) { events(where: {place: "place:france"}, first: 1, after: $after) {
				  edges { node { name location { name } } } pageInfo { hasNextPage endCursor } } }
				""";
		assertThat(statementsFor(document, Map.of())).isEqualTo(1);
		tools.jackson.databind.JsonNode first = graphql.query(document, Map.of()).data().get("events");
		assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
		assertThat(statementsFor(document, Map.of("after", first.at("/pageInfo/endCursor").asString()))).isEqualTo(1);
	}

	/**
	 * The dry run of the examples ({@code PreviewArticle}): the look-ups of every mention the text names in one statement,
	 * the analysts' judgements on what they resolved to and the names the graph holds for those in a second.
	 */
	@Test
	void theDryRunOfAnArticleIsTwoStatements() throws java.io.IOException {
		String document;
		try (var in = QueryCountTests.class.getResourceAsStream("/graphql/examples/preview-article.graphql")) {
			document = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		assertThat(statementsFor(document, Map.of())).isEqualTo(2);
	}

	@Test
	void searchWithTheHitsNodesIsOneStatement() {
		assertThat(statementsFor("""
				query($text: String!) { search(text: $text, first: 5) { score node { id ... on Organization { name positions { title } } } } }
				""", Map.of("text", "الانتربول"))).isEqualTo(1);
	}

	/** Root fields of every kind the engine compiles, by alias: asked together, and each alone. */
	static final Map<String, String> ROOTS = orderedMap(
			"first", "first: events(where: {topic: \"cybercrime\"}, first: 2) { totalCount edges { node { name attendees { nameEn } } } }",
			"second", "second: events(first: 1, orderBy: [{field: NAME, direction: DESC}]) { edges { cursor node { name } } }",
			"hits", "hits: search(text: $text, first: 3) { score node { __typename id } }",
			"node", "node(id: $id) { __typename id ... on Person { nameEn } }",
			"topic", "topic(key: \"cybercrime\") { key events(first: 1) { totalCount } }",
			"missing", "missing: node(id: \"person:nobody\") { id }");

	static final String VARIABLES = "query($id: ID!, $text: String!) ";

	private static Map<String, String> orderedMap(String... entries) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < entries.length; i += 2) {
			map.put(entries[i], entries[i + 1]);
		}
		return map;
	}

	@Test
	void severalRootFieldsAreOneStatementAndAnswerAsEachDoesAlone() {
		Map<String, Object> variables = Map.of("id", "person:ahmed-naser-al-raisi", "text", "الانتربول");
		java.util.List<String> fields = java.util.List.copyOf(ROOTS.values());
		// the second field through a fragment on Query, so that the request's root fields are collected as graphql-java does
		String together = VARIABLES + "{ " + fields.getFirst() + " ...more " + String.join(" ", fields.subList(2, fields.size()))
				+ " } fragment more on Query { " + fields.get(1) + " }";
		assertThat(statementsFor(together, variables)).isEqualTo(1);
		tools.jackson.databind.JsonNode answer = graphql.query(together, variables).data();
		assertThat(answer.propertyNames()).containsExactlyElementsOf(ROOTS.keySet());
		assertThat(answer.get("missing").isNull()).isTrue();
		ROOTS.forEach((alias, field) -> {
			String alone = (field.contains("$") ? VARIABLES : "") + "{ " + field + " }";
			Map<String, Object> used = field.contains("$text") ? Map.of("text", variables.get("text"))
					: field.contains("$id") ? Map.of("id", variables.get("id")) : Map.of();
			String document = field.contains("$") ? alone.replace(VARIABLES, used.containsKey("id") ? "query($id: ID!) " : "query($text: String!) ")
					: alone;
			assertThat(answer.get(alias)).as(alias).isEqualTo(graphql.query(document, used).data().get(alias));
		});
	}

	@Test
	void aRootFieldThatFailsFailsAloneAndTheOthersAreAnswered() {
		GraphQlHttp.Response response = graphql.query("""
				{ bad: shortestPath(from: "person:jurgen-stock", to: "org:interpol", maxDepth: 11) { truncated }
				  good: topic(key: "cybercrime") { key } }
				""");
		assertThat(response.errors()).hasSize(1);
		assertThat(response.errors().get(0).get("path").get(0).asString()).isEqualTo("bad");
		assertThat(response.data().get("bad").isNull()).isTrue();
		assertThat(response.data().get("good").get("key").asString()).isEqualTo("cybercrime");
	}

	@Test
	void eachGraphShapedFieldIsOneStatement() {
		String subgraph = "{ nodes { id label caption properties degree degreeByType } edges { id source target type properties } truncated }";
		assertThat(statementsFor("query($id: ID!) { neighborhood(id: $id, depth: 3) " + subgraph + " }",
				Map.of("id", "org:interpol"))).isEqualTo(1);
		assertThat(statementsFor("query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) " + subgraph + " }",
				Map.of("from", "person:jurgen-stock", "to", "person:rashid-bin-abdullah-al-khalifa"))).isEqualTo(1);
		assertThat(statementsFor("{ coAttendance(topic: \"cybercrime\", from: \"2025\") " + subgraph + " }", Map.of())).isEqualTo(1);
	}

	@Test
	void graphShapedFieldsBesideOthersAreOneStatement() {
		assertThat(statementsFor("""
				query($id: ID!) {
				  around: neighborhood(id: $id, depth: 2) { nodes { id } truncated }
				  near: neighborhood(id: $id, limit: 1) { edges { id } }
				  path: shortestPath(from: $id, to: "person:rashid-bin-abdullah-al-khalifa") { nodes { id } }
				  itself: shortestPath(from: $id, to: $id) { nodes { id } }
				  pairs: coAttendance { edges { id properties } }
				  node(id: $id) { id }
				}
				""", Map.of("id", "person:jurgen-stock"))).isEqualTo(1);
	}
}
