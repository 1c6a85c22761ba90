package org.majlis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlTesting;
import org.majlis.MajlisTest;
import org.majlis.TestStore;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query language of ../shared/contract/query.graphqls over HTTP against the demo graph in a store of its own (it
 * adds nodes): counts, each order, AND/OR/NOT, paged relations, keyset cursors that survive an insertion, and the
 * ceiling of plain lists (2 here, so that the demo graph outgrows it: 11 attendances of 5 events). The ceiling makes its
 * context its own; closed after the class.
 */
@MajlisTest
@TestPropertySource(properties = "majlis.query.list-ceiling=2")
@DirtiesContext
class QueryLanguageTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	private static List<String> ids(JsonNode connection) {
		List<String> ids = new ArrayList<>();
		connection.get("edges").forEach(edge -> ids.add(edge.at("/node/id").asString()));
		return ids;
	}

	/** The data of a request that must succeed without errors. */
	private JsonNode data(String document) {
		return data(document, Map.of());
	}

	private JsonNode data(String document, Map<String, Object> variables) {
		return GraphQlTesting.data(graphQl.document(document).variables(variables).execute());
	}

	/** The first error of a request that must fail. */
	private ResponseError firstError(String document, Map<String, Object> variables) {
		List<ResponseError> errors = GraphQlTesting.errors(graphQl.document(document).variables(variables).execute());
		assertThat(errors).as(document).isNotEmpty();
		return errors.getFirst();
	}

	@Test
	void totalCountCountsEveryItemTheFilterAdmitsWhateverThePage() {
		JsonNode data = data("""
				{ all: events(first: 1) { totalCount edges { node { id } } }
				  cyber: events(where: {topic: "cybercrime"}, first: 2) { totalCount edges { node { id } } }
				  people(first: 0) { totalCount }
				  organizations(where: {country: "place:bahrain"}) { totalCount edges { node { id } } }
				  places { totalCount } articles { totalCount } }
				""");
		assertThat(data.at("/all/totalCount").asLong()).isEqualTo(TestStore.count(driver, "MATCH (e:Event) RETURN count(e)"));
		assertThat(data.at("/all/edges").size()).isEqualTo(1);
		assertThat(data.at("/cyber/totalCount").asLong())
			.isEqualTo(TestStore.count(driver, "MATCH (e:Event)-[:ABOUT]->(:Topic {key: 'cybercrime'}) RETURN count(e)")).isEqualTo(5);
		assertThat(data.at("/people/totalCount").asLong()).isEqualTo(TestStore.count(driver, "MATCH (p:Person) RETURN count(p)"));
		assertThat(data.at("/organizations/totalCount").asLong())
			.isEqualTo(TestStore.count(driver, "MATCH (o:Organization)-[:IN_COUNTRY]->(:Place {id: 'place:bahrain'}) RETURN count(o)"))
			.isEqualTo(data.at("/organizations/edges").size()).isPositive();
		assertThat(data.at("/places/totalCount").asLong()).isEqualTo(TestStore.count(driver, "MATCH (p:Place) RETURN count(p)"));
		assertThat(data.at("/articles/totalCount").asLong()).isEqualTo(TestStore.count(driver, "MATCH (a:Article) RETURN count(a)"));
	}

	@Test
	void eachOrderSortsAndEndsWithTheId() {
		JsonNode data = data("""
				{ byName: events(orderBy: [{field: NAME}], first: 100) { edges { node { name } } }
				  byNameDesc: events(orderBy: [{field: NAME, direction: DESC}], first: 100) { edges { node { name } } }
				  byDateDesc: events(orderBy: [{field: START_DATE, direction: DESC}], first: 100) { edges { node { id startDate } } }
				  byAttendees: events(orderBy: [{field: ATTENDEE_COUNT, direction: DESC}], first: 100) {
				    edges { node { attendeesConnection { totalCount } } } }
				  busiest: people(orderBy: [{field: EVENT_COUNT, direction: DESC}, {field: NAME}], first: 100) {
				    edges { node { name attendedConnection { totalCount } } } }
				  organisers: organizations(orderBy: [{field: EVENT_COUNT, direction: DESC}], first: 100) {
				    edges { node { organizedConnection { totalCount } } } } }
				""");
		List<String> names = new ArrayList<>();
		data.at("/byName/edges").forEach(edge -> names.add(edge.at("/node/name").asString()));
		assertThat(names).isSorted().hasSizeGreaterThan(2);
		List<String> namesDesc = new ArrayList<>();
		data.at("/byNameDesc/edges").forEach(edge -> namesDesc.add(edge.at("/node/name").asString()));
		assertThat(namesDesc).isEqualTo(names.reversed());
		List<String> dates = new ArrayList<>();
		data.at("/byDateDesc/edges").forEach(edge -> dates.add(edge.at("/node/startDate").asString(null)));
		assertThat(dates.getFirst()).as("undated events come first in a descending order").isNull();
		assertThat(counts(data.at("/byAttendees/edges"), "attendeesConnection")).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(counts(data.at("/busiest/edges"), "attendedConnection")).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(counts(data.at("/organisers/edges"), "organizedConnection")).isSortedAccordingTo((a, b) -> Long.compare(b, a))
			.first().isNotEqualTo(0L);
	}

	private static List<Long> counts(JsonNode edges, String connection) {
		List<Long> counts = new ArrayList<>();
		edges.forEach(edge -> counts.add(edge.at("/node/" + connection + "/totalCount").asLong()));
		return counts;
	}

	@Test
	void andOrAndNotCombineWholeFilters() {
		JsonNode data = data("""
				{ cyber: events(where: {topic: "cybercrime"}, first: 100) { totalCount }
				  terror: events(where: {topic: "terrorism"}, first: 100) { totalCount }
				  both: events(where: {AND: [{topic: "cybercrime"}, {topic: "terrorism"}]}, first: 100) { totalCount }
				  either: events(where: {OR: [{topic: "cybercrime"}, {topic: "terrorism"}]}, first: 100) { totalCount }
				  anyOf: events(where: {topicIn: ["cybercrime", "topic:terrorism"]}, first: 100) { totalCount }
				  notCyber: events(where: {NOT: {topic: "cybercrime"}}, first: 100) { totalCount }
				  all: events { totalCount }
				  notInMorocco: events(where: {topic: "cybercrime", NOT: {OR: [{place: "place:morocco"}, {kind: VISIT}]}}) {
				    totalCount edges { node { location { id country { id } } kind } } } }
				""");
		long cyber = data.at("/cyber/totalCount").asLong();
		long terror = data.at("/terror/totalCount").asLong();
		long both = data.at("/both/totalCount").asLong();
		assertThat(data.at("/either/totalCount").asLong()).isEqualTo(cyber + terror - both).isEqualTo(data.at("/anyOf/totalCount").asLong());
		assertThat(data.at("/notCyber/totalCount").asLong()).isEqualTo(data.at("/all/totalCount").asLong() - cyber);
		assertThat(data.at("/notInMorocco/totalCount").asLong()).isLessThan(cyber);
		data.at("/notInMorocco/edges").forEach(edge -> {
			assertThat(edge.at("/node/kind").asString()).isNotEqualTo("VISIT");
			assertThat(edge.at("/node/location/country/id").asString("")).isNotEqualTo("place:morocco");
		});
	}

	@Test
	void relationConnectionsPageFilterAndOrderTheRelationAlone() {
		String person = "person:ahmed-naser-al-raisi";
		JsonNode all = data("""
				query($id: ID!) { node(id: $id) { ... on Person { attendedConnection { totalCount } } } }
				""", Map.of("id", person)).get("node");
		List<String> expected = driver.executableQuery("""
				MATCH (:Person {id: $id})-[:ATTENDED]->(e:Event) RETURN e.id AS id ORDER BY e.startLow, e.name, e.id
				""").withParameters(Map.of("id", person)).execute().records().stream().map(r -> r.get("id").asString()).toList();
		assertThat(all.at("/attendedConnection/totalCount").asLong()).isEqualTo(expected.size()).isGreaterThan(1);

		List<String> paged = new ArrayList<>();
		String after = null;
		do {
			JsonNode page = data("""
					query($id: ID!, $after: String) { node(id: $id) { ... on Person {
					  attendedConnection(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } } }
					""", after == null ? Map.of("id", person) : Map.of("id", person, "after", after)).at("/node/attendedConnection");
			paged.addAll(ids(page));
			after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
		}
		while (after != null && paged.size() <= expected.size());
		assertThat(paged).isEqualTo(expected);

		JsonNode filtered = data("""
				query($id: ID!) { node(id: $id) { ... on Person {
				  attendedConnection(where: {topic: "information-sharing"}, orderBy: [{field: NAME, direction: DESC}]) {
				    totalCount edges { node { id } } } } } }
				""", Map.of("id", person)).at("/node/attendedConnection");
		assertThat(filtered.get("totalCount").asLong()).isEqualTo(filtered.get("edges").size()).isEqualTo(TestStore.count(driver, """
				MATCH (:Person {id: 'person:ahmed-naser-al-raisi'})-[:ATTENDED]->(e:Event)-[:ABOUT]->(:Topic {key: 'information-sharing'}) RETURN count(e)""")).isPositive();

		JsonNode attendees = data("""
				{ events(where: {topic: "cybercrime"}, first: 1) { edges { node {
				  attendeesConnection(first: 2, orderBy: [{field: NAME, direction: DESC}]) { totalCount edges { node { name } } pageInfo { hasNextPage } }
				} } } }
				""").at("/events/edges/0/node/attendeesConnection");
		assertThat(attendees.get("edges").size()).isLessThanOrEqualTo(2);
		assertThat(attendees.at("/pageInfo/hasNextPage").asBoolean()).isEqualTo(attendees.get("totalCount").asLong() > 2);
		JsonNode organised = data("{ node(id: \"org:interpol\") { ... on Organization { organizedConnection(first: 1) { totalCount edges { node { id } } } } } }")
			.at("/node/organizedConnection");
		assertThat(organised.get("totalCount").asLong()).isPositive();
		assertThat(organised.get("edges").size()).isEqualTo(1);
	}

	@Test
	void theOfficesOfAnOrganisationPageThroughTheirConnection() {
		List<String> seen = new ArrayList<>();
		String after = null;
		long total = -1;
		do {
			JsonNode page = data("""
					query($after: String) { node(id: "org:interpol") { ... on Organization {
					  positionsConnection(first: 1, after: $after) { totalCount edges { node { title from person { id } } }
					    pageInfo { hasNextPage endCursor } } } } }
					""", after == null ? Map.of() : Map.of("after", after)).at("/node/positionsConnection");
			total = page.get("totalCount").asLong();
			page.get("edges").forEach(edge -> seen.add(edge.at("/node/person/id").asString() + " " + edge.at("/node/title").asString()));
			after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
		}
		while (after != null && seen.size() < 100);
		assertThat(seen).doesNotHaveDuplicates().hasSize((int) total)
			.hasSize((int) TestStore.count(driver, "MATCH (:Person)-[h:HOLDS_POSITION]->(:Organization {id: 'org:interpol'}) RETURN count(h)")).hasSizeGreaterThan(2);
	}

	@Test
	void aCursorSurvivesAnInsertionBeforeIt() {
		List<String> before = allPeople();
		JsonNode firstPage = data("{ people(first: 3) { edges { node { id } } pageInfo { endCursor } } }").get("people");
		List<String> seen = new ArrayList<>(ids(firstPage));
		driver.executableQuery("""
				CREATE (:Person {id: 'person:inserted-first', name: 'ءءء مضاف', matchText: '|ءءء مضاف|', aliases: [], ranks: []})
				""").execute();
		try {
			String after = firstPage.at("/pageInfo/endCursor").asString();
			while (after != null) {
				JsonNode page = data("""
						query($after: String) { people(first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }
						""", Map.of("after", after)).get("people");
				seen.addAll(ids(page));
				after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
			}
			assertThat(seen).as("no item repeated or skipped; the new one sorts before the cursor").isEqualTo(before);
			assertThat(allPeople().getFirst()).isEqualTo("person:inserted-first");
		}
		finally {
			driver.executableQuery("MATCH (p:Person {id: 'person:inserted-first'}) DETACH DELETE p").execute();
		}
	}

	private List<String> allPeople() {
		return ids(data("{ people(first: 500) { edges { node { id } } } }").get("people"));
	}

	@Test
	void aPlainListPastTheCeilingIsAnErrorNamingItsConnection() {
		ResponseError attendees = firstError("{ events(first: 100) { edges { node { attendees { id } } } } }", Map.of());
		assertThat(attendees.getMessage()).contains("Event.attendees holds more than 2 items").contains("attendeesConnection");
		assertThat(attendees.getExtensions()).containsEntry("classification", "BAD_REQUEST");
		ResponseError offices = firstError("{ node(id: \"org:interpol\") { ... on Organization { positions { title } } } }", Map.of());
		assertThat(offices.getMessage()).contains("Organization.positions holds more than 2 items").contains("positionsConnection");
	}

	@Test
	void aCursorOfAnotherOrderOrNoCursorAtAllIsRefused() {
		String cursor = data("{ events(first: 1) { pageInfo { endCursor } } }").at("/events/pageInfo/endCursor").asString();
		assertThat(firstError("query($after: String) { events(orderBy: [{field: NAME}], after: $after) { totalCount } }", Map.of("after", cursor))
			.getMessage()).contains("cursor of another list or order");
		ResponseError garbage = firstError("{ people(after: \"not-a-cursor\") { totalCount } }", Map.of());
		assertThat(garbage.getMessage()).contains("not a cursor of this list");
		assertThat(garbage.getExtensions()).containsEntry("classification", "BAD_REQUEST");
	}
}
