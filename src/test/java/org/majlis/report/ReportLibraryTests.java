package org.majlis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlTesting;
import org.majlis.MajlisTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Every report of the library, run through GraphQL with its defaults against the demo graph. */
@MajlisTest
class ReportLibraryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	private JsonNode run(String name) {
		return run(name, Map.of());
	}

	private JsonNode run(String name, Map<String, Object> params) {
		return graphQl.documentName("runReport").variable("name", name).variable("params", params).execute()
			.path("runReport").entity(JsonNode.class).get();
	}

	private ResponseError firstError(String name, Map<String, Object> params) {
		List<ResponseError> errors = GraphQlTesting.errors(graphQl.documentName("runReport").variable("name", name).variable("params", params)
			.execute());
		assertThat(errors).isNotEmpty();
		return errors.getFirst();
	}

	private static List<String> column(JsonNode result, String column) {
		List<String> values = new ArrayList<>();
		result.get("rows").forEach(row -> values.add(row.get(column).isNull() ? null : row.get(column).asString()));
		return values;
	}

	@Test
	void shouldListEveryReportWithItsParameters() {
		JsonNode reports = graphQl.document("{ reports { name title question parameters { name type default description } } }").execute()
			.path("reports").entity(JsonNode.class).get();
		assertThat(reports).hasSize(10);
		assertThat(reports.get(0).get("name").asString()).isEqualTo("attendance-by-topic");
		assertThat(reports.get(0).get("parameters").get(0).get("default").asString()).isEqualTo("'cybercrime'");
	}

	@Test
	void shouldListWhoAttendedTheEventsOnCybercrime() {
		JsonNode result = run("attendance-by-topic");
		assertThat(result.get("rows")).hasSize(11);
		assertThat(column(result, "person").stream().distinct()).hasSize(9);
		assertThat(column(result, "event").stream().distinct()).hasSize(5);
		assertThat(result.get("rows").get(0).get("place").asString()).isEqualTo("Lyon");
		assertThat(result.get("rows").get(0).get("startDate").asString()).isEqualTo("2025-02-11");
	}

	@Test
	void shouldRankAlRaisiFirstAmongTheMostConnectedOfficials() {
		JsonNode result = run("most-connected-officials", Map.of("limit", 3));
		assertThat(column(result, "name")).hasSize(3).first().isEqualTo("Ahmed Naser Al Raisi");
		assertThat(result.get("rows").get(0).get("events").asInt()).isEqualTo(3);
	}

	@Test
	void shouldPlaceInterpolAtEveryEvent() {
		JsonNode first = run("organization-presence").get("rows").get(0);
		assertThat(first.get("organization").asString()).isEqualTo("org:interpol");
		assertThat(first.get("events").asInt()).isEqualTo(5);
		assertThat(first.get("organized").asInt()).isEqualTo(3);
	}

	@Test
	void shouldTellTheCybercrimeTimelineDatedEventsFirst() {
		JsonNode result = run("topic-timeline");
		assertThat(column(result, "event")).hasSize(5).first().isEqualTo("event:interpol-ncb-heads-conference-20");
		assertThat(run("topic-timeline", Map.of("since", "2025-01-01")).get("rows")).hasSize(1);
	}

	@Test
	void shouldPairThePeopleWhoMetAtTheSameEvents() {
		JsonNode result = run("co-attendance-pairs");
		assertThat(result.get("rows")).hasSize(12);
		assertThat(column(result, "personA")).contains("person:ahmed-naser-al-raisi");
		assertThat(run("co-attendance-pairs", Map.of("minShared", 2)).get("rows")).isEmpty();
	}

	@Test
	void shouldListTheOfficeHoldersOfInterpol() {
		JsonNode result = run("office-holders");
		assertThat(column(result, "name")).containsExactlyInAnyOrder("Jürgen Stock", "Valdecy Urquiza", "Ahmed Naser Al Raisi");
		assertThat(column(result, "person").get(0)).isEqualTo("person:jurgen-stock");
		assertThat(run("office-holders", Map.of("organization", "org:bahrain-interior-ministry", "includeParts", true)).get("rows"))
			.hasSize(5);
	}

	@Test
	void shouldCountTheEventsOfEachTopicByYear() {
		JsonNode result = run("topic-trends", Map.of("topic", "cybercrime"));
		assertThat(result.get("rows")).hasSize(2);
		assertThat(result.get("rows").get(0).get("year").asInt()).isEqualTo(2025);
		assertThat(result.get("rows").get(0).get("events").asInt()).isEqualTo(1);
		assertThat(result.get("rows").get(1).get("year").isNull()).isTrue();
		assertThat(result.get("rows").get(1).get("events").asInt()).isEqualTo(4);
	}

	@Test
	void shouldNameTheArticleBehindAnAttendance() {
		JsonNode row = run("fact-sources").get("rows").get(0);
		assertThat(row.get("fact").asString()).isEqualTo("ATTENDED");
		assertThat(row.get("detail").asString()).isEqualTo("speaker");
		assertThat(row.get("url").asString()).isEqualTo("corpus:001_7d2b5f99315657f2.txt");
		assertThat(run("fact-sources", Map.of("target", "org:interpol")).get("rows")).hasSize(2);
	}

	@Test
	void shouldListThePeoplePresentInMorocco() {
		JsonNode result = run("people-in-country");
		assertThat(column(result, "name")).containsExactly("Abdellatif Hammouchi", "Ahmed Naser Al Raisi");
		assertThat(column(result, "place")).containsExactly("Marrakech", "Tangier");
		assertThat(column(run("people-in-country", Map.of("minConfidence", 0.8)), "name")).containsExactly("Abdellatif Hammouchi");
	}

	@Test
	void shouldFindTheEventsWithoutADateOrAPlace() {
		JsonNode result = run("events-missing-date-or-place");
		assertThat(column(result, "event")).containsExactlyInAnyOrder("event:global-coalition-adaptive-policing-meeting",
				"event:arab-police-security-leaders-conference-47");
		assertThat(run("events-missing-date-or-place", Map.of("requireYear", true)).get("rows")).hasSize(4);
	}

	@Test
	void shouldAnswerBadRequestForAnUnknownReport() {
		ResponseError error = firstError("nope", Map.of());
		assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
		assertThat(error.getMessage()).contains("Unknown report nope").contains("attendance-by-topic");
	}

	@Test
	void shouldAnswerBadRequestNamingAParameterOfTheWrongType() {
		ResponseError error = firstError("most-connected-officials", Map.of("limit", "ten"));
		assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
		assertThat(error.getMessage()).contains("Parameter limit").contains("whole number");
	}
}
