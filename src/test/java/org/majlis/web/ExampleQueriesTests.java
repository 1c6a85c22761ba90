package org.majlis.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every operation of graphql/examples against the demo graph and checks its answer. */
@MajlisTest
class ExampleQueriesTests {

	@Autowired
	GraphQlHttp graphql;

	private JsonNode run(String file) throws IOException {
		return graphql.data(Files.readString(Path.of("graphql/examples", file)));
	}

	@Test
	void cybercrimeEventsListsFiveEventsAndNineAttendees() throws IOException {
		JsonNode edges = run("cybercrime-events.graphql").at("/events/edges");
		Set<String> attendees = new TreeSet<>();
		edges.forEach(edge -> edge.at("/node/attendees").forEach(p -> attendees.add(p.get("nameEn").asString())));
		assertThat(edges).hasSize(5);
		assertThat(attendees).hasSize(9).contains("Jürgen Stock", "Abdellatif Hammouchi", "Rashid bin Abdullah Al Khalifa");
	}

	@Test
	void interpolOfficesNamesItsPresidentAndSecretariesGeneral() throws IOException {
		JsonNode positions = run("interpol-offices.graphql").at("/organizations/edges/0/node/positions");
		Set<String> offices = new TreeSet<>();
		positions.forEach(p -> offices.add(p.get("titleEn").asString() + ": " + p.at("/person/nameEn").asString()));
		assertThat(offices).containsExactly("President: Ahmed Naser Al Raisi", "Secretary General: Jürgen Stock",
				"Secretary General: Valdecy Urquiza");
	}

	@Test
	void busiestOfficialsAreOrderedByTheirEventCount() throws IOException {
		JsonNode people = run("busiest-officials.graphql").get("people");
		assertThat(people.get("totalCount").asInt()).isEqualTo(9);
		List<Integer> counts = new java.util.ArrayList<>();
		people.get("edges").forEach(edge -> counts.add(edge.at("/node/attendedConnection/totalCount").asInt()));
		assertThat(counts).hasSize(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		JsonNode first = people.at("/edges/0/node/attendedConnection");
		assertThat(first.get("edges").size()).isEqualTo(Math.min(2, counts.getFirst()));
		assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isEqualTo(counts.getFirst() > 2);
	}

	@Test
	void cybercrimeOutsideMoroccoLeavesOutTheMoroccanEventsAndTheVisit() throws IOException {
		JsonNode events = run("cybercrime-outside-morocco.graphql").get("events");
		Set<String> places = new TreeSet<>();
		events.get("edges").forEach(e -> places.add(e.at("/node/location/nameEn").asString("?")));
		assertThat(events.get("totalCount").asInt()).isEqualTo(events.get("edges").size()).isEqualTo(2);
		assertThat(places).doesNotContain("Marrakech", "Tangier");
		events.get("edges").forEach(e -> assertThat(e.at("/node/kind").asString()).isNotEqualTo("VISIT"));
	}

	@Test
	void eventsInMoroccoAreTheTangierConferenceAndTheMarrakechAssembly() throws IOException {
		Set<String> places = new TreeSet<>();
		run("events-in-morocco.graphql").at("/events/edges").forEach(e -> places.add(e.at("/node/location/nameEn").asString()));
		assertThat(places).containsExactly("Marrakech", "Tangier");
	}

	@Test
	void previewArticleFindsTheDemoPresidentAndANewColonel() throws IOException {
		JsonNode preview = run("preview-article.graphql").get("extractArticle");
		Map<String, Boolean> existing = new TreeMap<>();
		preview.get("people").forEach(p -> existing.put(p.get("name").asString(), p.at("/resolution/existing").asBoolean()));
		assertThat(existing).containsExactly(Map.entry("أحمد ناصر الريسي", true), Map.entry("سامي فؤاد الحداد", false));
		assertThat(preview.at("/events/0/place/name").asString()).isEqualTo("ليون");
		assertThat(preview.get("attendances")).extracting(a -> a.get("role").asString()).containsExactlyInAnyOrder("host", "guest");
		assertThat(preview.get("topics")).extracting(t -> t.get("key").asString()).contains("cybercrime");
	}

	@Test
	void metAlRaisiNamesUrquizaAndTheBahrainiMinister() throws IOException {
		JsonNode raisi = run("met-al-raisi.graphql").at("/people/edges/0/node");
		Set<String> met = new TreeSet<>();
		raisi.get("attended").forEach(e -> e.get("attendees").forEach(p -> met.add(p.get("nameEn").asString())));
		met.remove(raisi.get("nameEn").asString());
		assertThat(met).containsExactly("Rashid bin Abdullah Al Khalifa", "Valdecy Urquiza");
	}

	@Test
	void generalAssembly93TopicsIncludeWomenInPolicingAndFraud() throws IOException {
		JsonNode assembly = run("general-assembly-93-topics.graphql").at("/events/edges/0/node");
		Set<String> topics = new TreeSet<>();
		assembly.get("topics").forEach(t -> topics.add(t.get("key").asString()));
		assertThat(assembly.get("nameEn").asString()).isEqualTo("93rd INTERPOL General Assembly");
		assertThat(topics).contains("cybercrime", "organized-crime", "fraud", "women-in-policing", "transnational-crime");
	}

	@Test
	void duplicatePeopleProposesNoPairAmongTheDemoGraphsDistinctOfficials() throws IOException {
		assertThat(run("duplicate-people.graphql").get("duplicateCandidates")).isEmpty();
	}
}
