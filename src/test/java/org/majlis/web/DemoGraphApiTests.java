package org.majlis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.majlis.GraphQlTesting;
import org.majlis.MajlisTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline questions of the demo graph, asked over HTTP as a researcher would. */
@MajlisTest
class DemoGraphApiTests {

	@Autowired
	HttpGraphQlTester graphQl;

	/** The answer's value at {@code path} (JsonPath under {@code data}) of a request that must succeed without errors. */
	private JsonNode data(String document, String path) {
		return graphQl.document(document).execute().path(path).entity(JsonNode.class).get();
	}

	private String firstId(String document, String path) {
		return graphQl.document(document).execute().path(path).entity(String.class).get();
	}

	/** The one error of a request the service refuses. */
	private ResponseError refused(String document) {
		GraphQlTester.Response response = graphQl.document(document).execute();
		List<ResponseError> errors = GraphQlTesting.refused(response);
		assertThat(response.returnResponse().toMap().toString()).doesNotContain("MATCH");
		return errors.getFirst();
	}

	@Test
	void shouldAnswerWhoAttendedWhichEventsOnCybercrime() {
		GraphQlTester.Response response = graphQl.document("""
				{ events(where: {topic: "cybercrime"}) { edges { node { name attendees { id } } } } }
				""").execute();
		response.path("events.edges").entityList(Object.class).hasSize(5);
		List<String> attendees = response.path("events.edges[*].node.attendees[*].id").entityList(String.class).get();
		assertThat(new TreeSet<>(attendees)).containsExactlyInAnyOrder("person:tariq-bin-hassan-al-hassan", "person:jurgen-stock",
				"person:bassam-mohammed-al-maraj", "person:ali-abdullah-al-jowder", "person:mohammed-khalid-al-absi",
				"person:ahmed-naser-al-raisi", "person:valdecy-urquiza", "person:abdellatif-hammouchi",
				"person:rashid-bin-abdullah-al-khalifa");
	}

	@Test
	void shouldPagePeopleWithCursors() {
		List<String> seen = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			GraphQlTester.Response page = graphQl.documentName("peoplePage").variable("first", 2).variable("after", after).execute();
			List<String> ids = page.path("people.edges[*].node.id").entityList(String.class).hasSizeLessThan(3).get();
			seen.addAll(ids);
			boolean hasNext = page.path("people.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = hasNext ? page.path("people.pageInfo.endCursor").entity(String.class).get() : null;
			pages++;
		}
		while (after != null && pages < 20);
		assertThat(seen).hasSize(9).doesNotHaveDuplicates();
		assertThat(pages).isEqualTo(5);
	}

	@Test
	void shouldFindInterpolFirstWhenSearchedWithoutHamza() {
		JsonNode hits = data("""
				{ search(text: "الانتربول") { score node { id } } }
				""", "search");
		assertThat(hits.get(0).at("/node/id").asString()).isEqualTo("org:interpol");
		assertThat(hits.get(0).get("score").asDouble()).isGreaterThan(hits.get(1).get("score").asDouble());
		assertThat(firstId("{ search(text: \"الانتربول\", first: 1) { node { id } } }", "search[0].node.id")).isEqualTo("org:interpol");
	}

	@Test
	void shouldSearchEnglishNamesAndPrefixes() {
		assertThat(firstId("{ search(text: \"interpol\") { node { id } } }", "search[0].node.id")).isEqualTo("org:interpol");
		assertThat(firstId("{ search(text: \"marrakech\") { node { id } } }", "search[0].node.id")).isEqualTo("place:marrakech");
		assertThat(firstId("{ search(text: \"حموش*\") { node { id } } }", "search[0].node.id")).isEqualTo("person:abdellatif-hammouchi");
	}

	@Test
	void shouldListInterpolOfficeHoldersByArabicName() {
		JsonNode orgs = data("""
				{ organizations(where: {name: "الإنتربول"}) { edges { node { id positions { title person { id } } } } } }
				""", "organizations.edges");
		JsonNode interpol = null;
		for (JsonNode edge : orgs) {
			if (edge.at("/node/id").asString().equals("org:interpol")) {
				interpol = edge.get("node");
			}
		}
		assertThat(interpol).isNotNull();
		Set<String> holders = new TreeSet<>();
		interpol.get("positions").forEach(p -> holders.add(p.at("/person/id").asString() + " " + p.get("title").asString()));
		assertThat(holders).containsExactly("person:ahmed-naser-al-raisi رئيس", "person:jurgen-stock الأمين العام",
				"person:valdecy-urquiza الأمين العام");
	}

	@Test
	void shouldMatchPeopleByNameWithoutHamzaOrWithDiacritics() {
		assertThat(firstId("{ people(where: {name: \"احمد الريسي\"}) { edges { node { id } } } }", "people.edges[0].node.id"))
			.isEqualTo("person:ahmed-naser-al-raisi");
		assertThat(firstId("{ people(where: {name: \"عَبْد اللَّطِيف\"}) { edges { node { id } } } }", "people.edges[0].node.id"))
			.isEqualTo("person:abdellatif-hammouchi");
		graphQl.document("{ people(where: {name: \"hammouchi\"}) { edges { node { id } } } }").execute()
			.path("people.edges").entityList(Object.class).hasSize(1);
	}

	@Test
	void shouldCombinePeopleFilters() {
		graphQl.document("""
				{ people(where: {organization: "org:interpol", attendedTopic: "gang-violence"}) { edges { node { id } } } }
				""").execute()
			.path("people.edges[*].node.id").entityList(String.class)
			.satisfies(ids -> assertThat(new TreeSet<>(ids)).containsExactly("person:ahmed-naser-al-raisi", "person:valdecy-urquiza"));
	}

	@Test
	void shouldCombineEventFilters() {
		graphQl.document("""
				{ events(where: {place: "place:morocco", kind: CONFERENCE}) { edges { node { id } } } }
				""").execute().path("events.edges").entityList(Object.class).hasSize(1);
		assertThat(firstId("""
				{ events(where: {from: "2025-01", to: "2025-12-31", organizer: "org:interpol"}) { edges { node { id } } } }
				""", "events.edges[0].node.id")).isEqualTo("event:interpol-ncb-heads-conference-20");
		assertThat(firstId("""
				{ events(where: {attendee: "person:ahmed-naser-al-raisi", topic: "economic-crime"}) { edges { node { id } } } }
				""", "events.edges[0].node.id")).isEqualTo("event:bahrain-interior-minister-visit-interpol");
	}

	@Test
	void shouldResolveAnyNodeById() {
		for (String id : new String[] { "person:jurgen-stock", "org:interpol", "place:lyon", "event:interpol-general-assembly-93",
				"topic:cybercrime", "article:corpus-001" }) {
			graphQl.document("query($id: ID!) { node(id: $id) { id __typename } }").variable("id", id).execute()
				.path("node.id").entity(String.class).isEqualTo(id);
		}
		graphQl.document("{ node(id: \"person:nobody\") { id } }").execute().path("node").valueIsNull();
	}

	@Test
	void shouldTraceFactsToTheirArticles() {
		JsonNode person = data("""
				{ people(where: {name: "الريسي"}) { edges { node {
				  sources { article { url } }
				  positions { sources { article { url publishedAt } } }
				  attendance { role event { id } sources { article { url } confidence } } } } } }
				""", "people.edges[0].node");
		assertThat(person.get("sources")).hasSize(3);
		assertThat(person.at("/positions/0/sources/0/article/url").asString()).startsWith("corpus:");
		assertThat(person.get("attendance")).hasSize(3);
	}

	@Test
	void shouldListTheVocabularyAndATopicsEvents() {
		graphQl.document("{ topics { key } }").execute().path("topics").entityList(Object.class).hasSizeGreaterThan(25);
		assertThat(firstId("{ topic(key: \"women-in-policing\") { nameEn events { edges { node { id } } } } }",
				"topic.events.edges[0].node.id")).isEqualTo("event:interpol-general-assembly-93");
	}

	@Test
	void shouldRefuseAPageLargerThanTheLimitWithAClearError() {
		ResponseError error = refused("{ people(first: 501) { edges { node { id } } } }");
		assertThat(error.getMessage()).contains("500");
		assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
	}

	@Test
	void shouldRefuseADateRangeWithoutAYear() {
		ResponseError error = refused("{ events(where: {from: \"--11-01\"}) { edges { node { id } } } }");
		assertThat(error.getMessage()).contains("year");
	}
}
