package org.majlis.curation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.EmptyStoreTest;
import org.majlis.TestStore;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** mergeNodes through the GraphQL tester, on a store written by ingesting invented articles. */
@EmptyStoreTest
class MergeNodesTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	private CurationRequests http() {
		return new CurationRequests(graphQl);
	}

	@Test
	void shouldMoveEveryRelationshipAliasAndSourceOntoTheSurvivor() {
		JsonNode first = http().ingest("شارك العميد خليفة سيف المزروعي مدير إدارة الشرطة المجتمعية في اجتماع إقليمي "
				+ "عقد في مدينة مسقط يوم 2 مايو 2025.", "2025-05-03");
		JsonNode second = http().ingest("حضر اللواء خليفة سعيد المزروعي مؤتمر قادة الشرطة الخليجيين في مدينة الكويت يوم 10 يناير 2025.",
				"2025-01-11");
		String survivor = CurationRequests.person(first, "المزروعي");
		String merged = CurationRequests.person(second, "المزروعي");
		assertThat(merged).isNotEqualTo(survivor);
		String mergedEvent = second.at("/events/0/id").asString();
		long relationshipsBefore = relationships(survivor) + relationships(merged);

		JsonNode node = http().written("mergeNodes", Map.of("into", survivor, "from", List.of(merged), "note", "one officer"));

		assertThat(node.get("id").asString()).isEqualTo(survivor);
		assertThat(node.get("aliases").toString()).contains("خليفة سعيد المزروعي");
		assertThat(node.get("ranks").toString()).contains("العميد").contains("اللواء");
		assertThat(node.get("attended").findValuesAsString("id")).contains(first.at("/events/0/id").asString(), mergedEvent);
		assertThat(node.get("sources").findValuesAsString("id")).containsExactlyInAnyOrder(first.at("/article/id").asString(),
				second.at("/article/id").asString());
		JsonNode movedAttendance = attendanceAt(node, mergedEvent);
		assertThat(movedAttendance.at("/sources/0/article/id").asString()).isEqualTo(second.at("/article/id").asString());
		assertThat(movedAttendance.at("/sources/0/quote").asString()).contains("خليفة سعيد المزروعي");
		assertThat(node.at("/curations/0/action").asString()).isEqualTo("merge");
		assertThat(relationships(survivor)).isEqualTo(relationshipsBefore);
		assertThat(TestStore.count(driver, "MATCH (p:Person {id: $id}) RETURN count(p)", Map.of("id", merged))).isZero();
		assertThat(TestStore.count(driver, "MATCH (p:Person {id: $id}) WHERE p.matchText CONTAINS 'خليفه سعيد المزروعي' RETURN count(p)", Map.of("id", survivor)))
			.isOne();
	}

	@Test
	void shouldResolveAMergedIdToTheSurvivorInNodeAndInFilters() {
		JsonNode first = http().ingest("شارك العقيد منصور جاسم البلوشي في ورشة عمل حول الجرائم الإلكترونية عقدت في مدينة الدوحة "
				+ "يوم 4 فبراير 2025.", "2025-02-05");
		JsonNode second = http().ingest("حضر العقيد منصور حمد البلوشي اجتماعا أمنيا في مدينة المنامة يوم 6 مارس 2025.", "2025-03-07");
		String survivor = CurationRequests.person(first, "البلوشي");
		String merged = CurationRequests.person(second, "البلوشي");
		http().written("mergeNodes", Map.of("into", survivor, "from", List.of(merged)));

		JsonNode node = http().readDocument("query($id: ID!) { node(id: $id) { id } }", Map.of("id", merged)).get("node");
		assertThat(node.get("id").asString()).isEqualTo(survivor);
		JsonNode events = http().readDocument("query($id: ID!) { events(where: {attendee: $id}) { edges { node { id } } } }", Map.of("id", merged));
		assertThat(events.at("/events/edges").findValuesAsString("id")).containsExactlyInAnyOrder(first.at("/events/0/id").asString(),
				second.at("/events/0/id").asString());
	}

	@Test
	void shouldAttachALaterArticleNamingTheMergedAwayPersonToTheSurvivor() {
		JsonNode first = http().ingest("شارك العميد ناصر علي الشامسي في اجتماع إقليمي عقد في مدينة أبوظبي يوم 12 يونيو 2025.", "2025-06-13");
		JsonNode second = http().ingest("حضر العميد ناصر عبيد الشامسي مؤتمرا دوليا في مدينة دبي يوم 20 يونيو 2025.", "2025-06-21");
		String survivor = CurationRequests.person(first, "الشامسي");
		String merged = CurationRequests.person(second, "الشامسي");
		http().written("mergeNodes", Map.of("into", survivor, "from", List.of(merged)));

		JsonNode later = http().ingest("شارك العميد ناصر عبيد الشامسي في ورشة عمل عقدت في مدينة الشارقة يوم 1 يوليو 2025.", "2025-07-02");

		assertThat(CurationRequests.person(later, "الشامسي")).isEqualTo(survivor);
		assertThat(TestStore.count(driver, "MATCH (p:Person {id: $id}) RETURN count(p)", Map.of("id", merged))).isZero();
		assertThat(TestStore.count(driver, "MATCH (p:Person {id: $id})-[:ATTENDED]->(e:Event) RETURN count(e)", Map.of("id", survivor))).isEqualTo(3);
	}

	@Test
	void shouldRefuseBadMergesWithAClearErrorAndChangeNothing() {
		JsonNode article = http().ingest("شارك العقيد فيصل مبارك العنزي في اجتماع إقليمي عقد في مدينة الكويت يوم 3 أبريل 2025.", "2025-04-04");
		String person = CurationRequests.person(article, "العنزي");
		String event = article.at("/events/0/id").asString();
		long nodes = TestStore.count(driver, "MATCH (n) RETURN count(n)");
		long rels = TestStore.count(driver, "MATCH ()-[r]->() RETURN count(r)");

		assertThat(refused(person, List.of(event))).contains("one label");
		assertThat(refused(person, List.of(person))).contains("itself");
		assertThat(refused(person, List.of("person:nobody-at-all"))).contains("person:nobody-at-all");
		assertThat(refused("person:nobody-at-all", List.of(person))).contains("person:nobody-at-all");
		assertThat(refused(person, List.of())).contains("at least one");

		assertThat(TestStore.count(driver, "MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(TestStore.count(driver, "MATCH ()-[r]->() RETURN count(r)")).isEqualTo(rels);
	}

	private String refused(String into, List<String> from) {
		return CurationRequests.refused(http().write("mergeNodes", Map.of("into", into, "from", from)), "BAD_REQUEST");
	}

	private static JsonNode attendanceAt(JsonNode person, String eventId) {
		for (JsonNode attendance : person.get("attendance")) {
			if (attendance.at("/event/id").asString().equals(eventId)) {
				return attendance;
			}
		}
		throw new AssertionError("No attendance at " + eventId);
	}

	private long relationships(String id) {
		return TestStore.count(driver, "MATCH (p:Person {id: $id})-[r]-() RETURN count(r)", Map.of("id", id));
	}

}
