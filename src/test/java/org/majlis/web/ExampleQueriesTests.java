package org.majlis.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every operation of graphql/examples, by its file name, against the demo graph and checks its answer. */
@MajlisTest
class ExampleQueriesTests {

	@Autowired
	HttpGraphQlTester graphQl;

	/** The example's answer, which must come without errors. */
	private GraphQlTester.Response run(String example) {
		return graphQl.documentName(example).execute();
	}

	@Test
	void cybercrimeEventsListsFiveEventsAndNineAttendees() {
		GraphQlTester.Response response = run("cybercrime-events");
		response.path("events.edges").entityList(Object.class).hasSize(5);
		List<String> attendees = response.path("events.edges[*].node.attendees[*].nameEn").entityList(String.class).get();
		assertThat(new TreeSet<>(attendees)).hasSize(9).contains("Jürgen Stock", "Abdellatif Hammouchi", "Rashid bin Abdullah Al Khalifa");
	}

	@Test
	void interpolOfficesNamesItsPresidentAndSecretariesGeneral() {
		JsonNode positions = run("interpol-offices").path("organizations.edges[0].node.positions").entity(JsonNode.class).get();
		Set<String> offices = new TreeSet<>();
		positions.forEach(p -> offices.add(p.get("titleEn").asString() + ": " + p.at("/person/nameEn").asString()));
		assertThat(offices).containsExactly("President: Ahmed Naser Al Raisi", "Secretary General: Jürgen Stock",
				"Secretary General: Valdecy Urquiza");
	}

	@Test
	void busiestOfficialsAreOrderedByTheirEventCount() {
		GraphQlTester.Response response = run("busiest-officials");
		response.path("people.totalCount").entity(Integer.class).isEqualTo(9);
		List<Integer> counts = response.path("people.edges[*].node.attendedConnection.totalCount").entityList(Integer.class).get();
		assertThat(counts).hasSize(3).isSortedAccordingTo(Comparator.reverseOrder());
		JsonNode first = response.path("people.edges[0].node.attendedConnection").entity(JsonNode.class).get();
		assertThat(first.get("edges").size()).isEqualTo(Math.min(2, counts.getFirst()));
		assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isEqualTo(counts.getFirst() > 2);
	}

	@Test
	void cybercrimeOutsideMoroccoLeavesOutTheMoroccanEventsAndTheVisit() {
		JsonNode events = run("cybercrime-outside-morocco").path("events").entity(JsonNode.class).get();
		Set<String> places = new TreeSet<>();
		events.get("edges").forEach(e -> places.add(e.at("/node/location/nameEn").asString("?")));
		assertThat(events.get("totalCount").asInt()).isEqualTo(events.get("edges").size()).isEqualTo(2);
		assertThat(places).doesNotContain("Marrakech", "Tangier");
		events.get("edges").forEach(e -> assertThat(e.at("/node/kind").asString()).isNotEqualTo("VISIT"));
	}

	@Test
	void eventsInMoroccoAreTheTangierConferenceAndTheMarrakechAssembly() {
		List<String> places = run("events-in-morocco").path("events.edges[*].node.location.nameEn").entityList(String.class).get();
		assertThat(new TreeSet<>(places)).containsExactly("Marrakech", "Tangier");
	}

	@Test
	void previewArticleFindsTheDemoPresidentAndANewColonel() {
		JsonNode preview = run("preview-article").path("extractArticle").entity(JsonNode.class).get();
		Map<String, Boolean> existing = new TreeMap<>();
		preview.get("people").forEach(p -> existing.put(p.get("name").asString(), p.at("/resolution/existing").asBoolean()));
		assertThat(existing).containsExactly(Map.entry("أحمد ناصر الريسي", true), Map.entry("سامي فؤاد الحداد", false));
		assertThat(preview.at("/events/0/place/name").asString()).isEqualTo("ليون");
		assertThat(preview.get("attendances")).extracting(a -> a.get("role").asString()).containsExactlyInAnyOrder("host", "guest");
		assertThat(preview.get("topics")).extracting(t -> t.get("key").asString()).contains("cybercrime");
	}

	@Test
	void metAlRaisiNamesUrquizaAndTheBahrainiMinister() {
		JsonNode raisi = run("met-al-raisi").path("people.edges[0].node").entity(JsonNode.class).get();
		Set<String> met = new TreeSet<>();
		raisi.get("attended").forEach(e -> e.get("attendees").forEach(p -> met.add(p.get("nameEn").asString())));
		met.remove(raisi.get("nameEn").asString());
		assertThat(met).containsExactly("Rashid bin Abdullah Al Khalifa", "Valdecy Urquiza");
	}

	@Test
	void generalAssembly93TopicsIncludeWomenInPolicingAndFraud() {
		GraphQlTester.Response response = run("general-assembly-93-topics");
		response.path("events.edges[0].node.nameEn").entity(String.class).isEqualTo("93rd INTERPOL General Assembly");
		response.path("events.edges[0].node.topics[*].key").entityList(String.class)
			.contains("cybercrime", "organized-crime", "fraud", "women-in-policing", "transnational-crime");
	}

	@Test
	void duplicatePeopleProposesNoPairAmongTheDemoGraphsDistinctOfficials() {
		run("duplicate-people").path("duplicateCandidates").entityList(Object.class).hasSize(0);
	}
}
