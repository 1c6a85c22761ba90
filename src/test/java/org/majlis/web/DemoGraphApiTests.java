package org.majlis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline questions of the demo graph, asked over HTTP as a researcher would. */
@MajlisTest
class DemoGraphApiTests {

	@Autowired
	GraphQlHttp graphql;

	@Test
	void shouldAnswerWhoAttendedWhichEventsOnCybercrime() {
		JsonNode events = graphql.data("""
				{ events(where: {topic: "cybercrime"}) { edges { node { name attendees { id } } } } }
				""").at("/events/edges");
		Set<String> attendees = new TreeSet<>();
		events.forEach(edge -> edge.at("/node/attendees").forEach(person -> attendees.add(person.get("id").asString())));
		assertThat(events).hasSize(5);
		assertThat(attendees).containsExactlyInAnyOrder("person:tariq-bin-hassan-al-hassan", "person:jurgen-stock",
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
			JsonNode page = graphql.query("""
					query($after: String) { people(first: 2, after: $after) {
					  edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }
					""", after == null ? Map.of() : Map.of("after", after)).data().get("people");
			page.get("edges").forEach(edge -> seen.add(edge.at("/node/id").asString()));
			assertThat(page.get("edges").size()).isLessThanOrEqualTo(2);
			after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
			pages++;
		}
		while (after != null && pages < 20);
		assertThat(seen).hasSize(9).doesNotHaveDuplicates();
		assertThat(pages).isEqualTo(5);
	}

	@Test
	void shouldFindInterpolFirstWhenSearchedWithoutHamza() {
		JsonNode hits = graphql.data("""
				{ search(text: "الانتربول") { score node { id } } }
				""").get("search");
		assertThat(hits.get(0).at("/node/id").asString()).isEqualTo("org:interpol");
		assertThat(hits.get(0).get("score").asDouble()).isGreaterThan(hits.get(1).get("score").asDouble());
		assertThat(graphql.data("{ search(text: \"الانتربول\", first: 1) { node { id } } }").at("/search/0/node/id").asString())
			.isEqualTo("org:interpol");
	}

	@Test
	void shouldSearchEnglishNamesAndPrefixes() {
		assertThat(graphql.data("{ search(text: \"interpol\") { node { id } } }").at("/search/0/node/id").asString())
			.isEqualTo("org:interpol");
		assertThat(graphql.data("{ search(text: \"marrakech\") { node { id } } }").at("/search/0/node/id").asString())
			.isEqualTo("place:marrakech");
		assertThat(graphql.data("{ search(text: \"حموش*\") { node { id } } }").at("/search/0/node/id").asString())
			.isEqualTo("person:abdellatif-hammouchi");
	}

	@Test
	void shouldListInterpolOfficeHoldersByArabicName() {
		JsonNode orgs = graphql.data("""
				{ organizations(where: {name: "الإنتربول"}) { edges { node { id positions { title person { id } } } } } }
				""").at("/organizations/edges");
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
		assertThat(graphql.data("{ people(where: {name: \"احمد الريسي\"}) { edges { node { id } } } }")
			.at("/people/edges/0/node/id").asString()).isEqualTo("person:ahmed-naser-al-raisi");
		assertThat(graphql.data("{ people(where: {name: \"عَبْد اللَّطِيف\"}) { edges { node { id } } } }")
			.at("/people/edges/0/node/id").asString()).isEqualTo("person:abdellatif-hammouchi");
		assertThat(graphql.data("{ people(where: {name: \"hammouchi\"}) { edges { node { id } } } }")
			.at("/people/edges").size()).isEqualTo(1);
	}

	@Test
	void shouldCombinePeopleFilters() {
		JsonNode people = graphql.data("""
				{ people(where: {organization: "org:interpol", attendedTopic: "gang-violence"}) { edges { node { id } } } }
				""").at("/people/edges");
		Set<String> ids = new TreeSet<>();
		people.forEach(edge -> ids.add(edge.at("/node/id").asString()));
		assertThat(ids).containsExactly("person:ahmed-naser-al-raisi", "person:valdecy-urquiza");
	}

	@Test
	void shouldCombineEventFilters() {
		assertThat(graphql.data("""
				{ events(where: {place: "place:morocco", kind: CONFERENCE}) { edges { node { id } } } }
				""").at("/events/edges")).hasSize(1);
		assertThat(graphql.data("""
				{ events(where: {from: "2025-01", to: "2025-12-31", organizer: "org:interpol"}) { edges { node { id } } } }
				""").at("/events/edges/0/node/id").asString()).isEqualTo("event:interpol-ncb-heads-conference-20");
		assertThat(graphql.data("""
				{ events(where: {attendee: "person:ahmed-naser-al-raisi", topic: "economic-crime"}) { edges { node { id } } } }
				""").at("/events/edges/0/node/id").asString()).isEqualTo("event:bahrain-interior-minister-visit-interpol");
	}

	@Test
	void shouldResolveAnyNodeById() {
		for (String id : new String[] { "person:jurgen-stock", "org:interpol", "place:lyon", "event:interpol-general-assembly-93",
				"topic:cybercrime", "article:corpus-001" }) {
			GraphQlHttp.Response response = graphql.query("query($id: ID!) { node(id: $id) { id __typename } }", Map.of("id", id));
			assertThat(response.data().at("/node/id").asString()).isEqualTo(id);
		}
		assertThat(graphql.data("{ node(id: \"person:nobody\") { id } }").get("node").isNull()).isTrue();
	}

	@Test
	void shouldTraceFactsToTheirArticles() {
		JsonNode person = graphql.data("""
				{ people(where: {name: "الريسي"}) { edges { node {
				  sources { article { url } }
				  positions { sources { article { url publishedAt } } }
				  attendance { role event { id } sources { article { url } confidence } } } } } }
				""").at("/people/edges/0/node");
		assertThat(person.get("sources")).hasSize(3);
		assertThat(person.at("/positions/0/sources/0/article/url").asString()).startsWith("corpus:");
		assertThat(person.get("attendance")).hasSize(3);
	}

	@Test
	void shouldListTheVocabularyAndATopicsEvents() {
		assertThat(graphql.data("{ topics { key } }").get("topics").size()).isGreaterThanOrEqualTo(26);
		assertThat(graphql.data("{ topic(key: \"women-in-policing\") { nameEn events { edges { node { id } } } } }")
			.at("/topic/events/edges/0/node/id").asString()).isEqualTo("event:interpol-general-assembly-93");
	}

	@Test
	void shouldRefuseAPageLargerThanTheLimitWithAClearError() {
		GraphQlHttp.Response response = graphql.query("{ people(first: 501) { edges { node { id } } } }");
		assertThat(response.errors().get(0).get("message").asString()).contains("500");
		assertThat(response.errors().get(0).at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void shouldRefuseADateRangeWithoutAYear() {
		GraphQlHttp.Response response = graphql.query("{ events(where: {from: \"--11-01\"}) { edges { node { id } } } }");
		assertThat(response.errors().get(0).get("message").asString()).contains("year");
		assertThat(response.body().toString()).doesNotContain("Exception").doesNotContain("MATCH");
	}
}
