package org.majlis.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.majlis.EmptyStoreTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** retractFact through the GraphQL tester: a retracted fact stays retracted, its sources stay visible. */
@EmptyStoreTest
class RetractFactTests {

	private static final String SOURCES = """
			query($person: String!, $target: String!) { runReport(name: "fact-sources", params: {person: $person, target: $target}) { rows } }
			""";

	private static final String SENTENCE = "شارك العقيد حمد سالم الغافري في اجتماع إقليمي عقد في مدينة صلالة يوم 8 أغسطس 2025.";

	@Autowired
	HttpGraphQlTester graphQl;

	private CurationRequests http() {
		return new CurationRequests(graphQl);
	}

	@Test
	void shouldKeepARetractedAttendanceRetractedWhenAnArticleStatesItAgain() {
		JsonNode first = http().ingest(SENTENCE, "2025-08-09");
		String person = CurationRequests.person(first, "الغافري");
		String event = first.at("/events/0/id").asString();

		JsonNode curation = http().written("retractFact", Map.of("input", retraction("ATTENDED", person, event, null)));
		assertThat(curation.get("action").asString()).isEqualTo("retract");
		assertThat(curation.get("subjects").toString()).isEqualTo("[\"" + person + "\",\"" + event + "\"]");
		assertThat(curation.get("detail").asString()).isEqualTo("ATTENDED");
		assertThat(curation.get("note").asString()).isEqualTo("the text does not say so");
		assertThat(attended(person)).doesNotContain(event);

		JsonNode again = http().ingest(SENTENCE + " وناقش الاجتماع سبل التعاون الأمني بين الأجهزة.", "2025-08-10");
		assertThat(CurationRequests.person(again, "الغافري")).isEqualTo(person);
		assertThat(again.at("/events/0/id").asString()).isEqualTo(event);
		assertThat(attended(person)).doesNotContain(event);

		JsonNode rows = http().readDocument(SOURCES, Map.of("person", person, "target", event)).at("/runReport/rows");
		assertThat(rows.findValuesAsString("article")).containsExactlyInAnyOrder(first.at("/article/id").asString(),
				again.at("/article/id").asString());
		assertThat(rows.findValuesAsString("retractedBy")).containsOnly(curation.get("id").asString()).hasSize(2);
		assertThat(rows.get(0).get("quote").asString()).contains("الغافري");
		JsonNode panel = http().read("attendedAndCurations", Map.of("id", person)).get("node");
		assertThat(panel.at("/curations/0/detail").asString()).isEqualTo("ATTENDED");
	}

	@Test
	void shouldRefuseToRetractAFactThatDoesNotExistAndChangeNothing() {
		JsonNode article = http().ingest("شارك العميد سيف خميس الحارثي في مؤتمر إقليمي عقد في مدينة نزوى يوم 9 سبتمبر 2025.", "2025-09-10");
		String person = CurationRequests.person(article, "الحارثي");
		String event = article.at("/events/0/id").asString();
		String before = http().readDocument("{ curations(first: 100) { edges { node { id } } } }", Map.of()).toString();

		GraphQlTester.Response wrongWay = http().write("retractFact", Map.of("input", retraction("ATTENDED", event, person, null)));
		assertThat(CurationRequests.refused(wrongWay, "BAD_REQUEST")).contains("There is no ATTENDED fact");
		GraphQlTester.Response office = http().write("retractFact", Map.of("input", retraction("HOLDS_POSITION", person, "org:nowhere", "مدير")));
		assertThat(CurationRequests.refused(office, "BAD_REQUEST")).contains("HOLDS_POSITION مدير");
		GraphQlTester.Response titled = http().write("retractFact", Map.of("input", retraction("ATTENDED", person, event, "مدير")));
		assertThat(CurationRequests.refused(titled, "BAD_REQUEST")).contains("title");

		assertThat(attended(person)).contains(event);
		assertThat(http().readDocument("{ curations(first: 100) { edges { node { id } } } }", Map.of()).toString()).isEqualTo(before);
	}

	private List<String> attended(String person) {
		return http().read("attendedAndCurations", Map.of("id", person)).at("/node/attended").findValuesAsString("id");
	}

	private static Map<String, Object> retraction(String type, String from, String to, String title) {
		Map<String, Object> input = new HashMap<>();
		input.put("type", type);
		input.put("from", from);
		input.put("to", to);
		input.put("title", title);
		input.put("note", "the text does not say so");
		return input;
	}
}
