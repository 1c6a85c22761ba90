package org.majlis.curation;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.majlis.EmptyStoreTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** keepApart and duplicateCandidates through the GraphQL tester. */
@EmptyStoreTest
class KeepApartTests {

	@Autowired
	HttpGraphQlTester graphQl;

	private CurationRequests http() {
		return new CurationRequests(graphQl);
	}

	@Test
	void shouldStopBothResolutionAndCandidatesOnceTwoPeopleAreKeptApart() {
		JsonNode fuller = http().ingest("شارك العميد طارق محمد جالي في اجتماع إقليمي عقد في مدينة عمان يوم 5 مايو 2025.", "2025-05-06");
		JsonNode shorter = http().ingest("حضر العقيد طارق غالي مؤتمرا أمنيا في مدينة إربد يوم 7 مايو 2025.", "2025-05-08");
		String b = CurationRequests.person(fuller, "جالي");
		String a = CurationRequests.person(shorter, "غالي");
		assertThat(a).isNotEqualTo(b);
		JsonNode proposed = pair(a, b);
		assertThat(proposed).as("proposed before keepApart").isNotNull();
		assertThat(proposed.get("score").asDouble()).isBetween(0.0, 1.0);
		assertThat(proposed.get("reasons").toString()).contains("a fuller form of the same name");

		JsonNode curation = http().written("keepApart", Map.of("a", a, "b", b, "note", "two officers"));
		assertThat(curation.get("action").asString()).isEqualTo("keep-apart");
		assertThat(pair(a, b)).as("proposed after keepApart").isNull();

		JsonNode later = http().ingest("وشارك العقيد طارق جالي في ورشة عمل عقدت في مدينة العقبة يوم 9 مايو 2025.", "2025-05-10");
		assertThat(CurationRequests.person(later, "طارق")).isEqualTo(a);

		assertThat(CurationRequests.refused(http().write("mergeNodes", Map.of("into", a, "from", List.of(b))), "BAD_REQUEST"))
			.contains("kept apart");
		assertThat(CurationRequests.refused(http().write("keepApart", Map.of("a", b, "b", a)), "BAD_REQUEST")).contains("already");
	}

	@Test
	void shouldResolveTheShorterSpellingToTheFullerNameWhileNothingKeepsThemApart() {
		JsonNode fuller = http().ingest("شارك العميد وليد محمد جالي في اجتماع إقليمي عقد في مدينة جرش يوم 5 يونيو 2025.", "2025-06-06");
		http().ingest("حضر العقيد وليد غالي مؤتمرا أمنيا في مدينة مادبا يوم 7 يونيو 2025.", "2025-06-08");
		JsonNode later = http().ingest("وشارك العقيد وليد جالي في ورشة عمل عقدت في مدينة الكرك يوم 9 يونيو 2025.", "2025-06-10");
		assertThat(CurationRequests.person(later, "وليد")).isEqualTo(CurationRequests.person(fuller, "جالي"));
	}

	@Test
	void shouldRefuseAnUnknownLabelOrPageSize() {
		assertThat(CurationRequests.refused(graphQl.documentName("duplicateCandidates").variable("label", "Topic").execute(), "BAD_REQUEST"))
			.contains("Person");
		assertThat(CurationRequests.refused(graphQl.document("{ duplicateCandidates(label: \"Person\", first: 0) { score } }").execute(),
				"BAD_REQUEST")).contains("first");
	}

	/** The candidate pair of these two people, either way round, or null. */
	private JsonNode pair(String x, String y) {
		for (JsonNode candidate : http().read("duplicateCandidates", Map.of("label", "Person")).get("duplicateCandidates")) {
			List<String> ids = List.of(candidate.at("/a/id").asString(), candidate.at("/b/id").asString());
			if (ids.contains(x) && ids.contains(y)) {
				return candidate;
			}
		}
		return null;
	}
}
