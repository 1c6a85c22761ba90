package org.majlis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlTesting;
import org.majlis.MajlisTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@MajlisTest
class PathAndCoAttendanceTests {

	@Autowired
	HttpGraphQlTester graphQl;

	private GraphQlTester.Response run(String documentName, Map<String, Object> variables) {
		return graphQl.documentName(documentName).variables(variables).execute();
	}

	/** The value of the document's root field {@code name}; the request must succeed. */
	private JsonNode field(String documentName, Map<String, Object> variables, String name) {
		return run(documentName, variables).path(name).entity(JsonNode.class).get();
	}

	/** The classification of the first error of a request that must fail. */
	private String firstErrorClassification(String documentName, Map<String, Object> variables) {
		List<ResponseError> errors = GraphQlTesting.errors(run(documentName, variables));
		assertThat(errors).isNotEmpty();
		return String.valueOf(errors.getFirst().getExtensions().get("classification"));
	}

	private static List<String> ids(JsonNode list) {
		List<String> ids = new ArrayList<>();
		list.forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	@Test
	void shortestPathJoinsStockAndAlKhalifa() {
		JsonNode path = field("shortestPath", Map.of("from", "person:jurgen-stock", "to", "person:rashid-bin-abdullah-al-khalifa"),
				"shortestPath");
		List<String> nodes = ids(path.get("nodes"));
		assertThat(nodes).contains("person:jurgen-stock", "person:rashid-bin-abdullah-al-khalifa");
		assertThat(path.get("edges").size()).isGreaterThanOrEqualTo(2);
		path.get("edges").forEach(edge -> {
			assertThat(nodes).contains(edge.get("source").asString(), edge.get("target").asString());
			assertThat(edge.get("type").asString()).isNotEqualTo("MENTIONED_IN");
		});
	}

	@Test
	void shortestPathIsNullWhenNoneIsShortEnough() {
		run("shortestPath", Map.of("from", "person:jurgen-stock", "to", "person:rashid-bin-abdullah-al-khalifa", "maxDepth", 1))
			.path("shortestPath").valueIsNull();
		run("shortestPath", Map.of("from", "person:jurgen-stock", "to", "person:nobody")).path("shortestPath").valueIsNull();
	}

	@Test
	void aPathLongerThanTenIsABadRequest() {
		assertThat(firstErrorClassification("shortestPath", Map.of("from", "person:jurgen-stock", "to", "org:interpol", "maxDepth", 11)))
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void coAttendanceOnCybercrimeLinksAlRaisiAndUrquiza() {
		JsonNode graph = field("coAttendance", Map.of("topic", "cybercrime"), "coAttendance");
		JsonNode edge = null;
		for (JsonNode candidate : graph.get("edges")) {
			if (candidate.get("id").asString().equals("CO_ATTENDED:person:ahmed-naser-al-raisi->person:valdecy-urquiza")) {
				edge = candidate;
			}
		}
		assertThat(edge).as("%s", graph).isNotNull();
		assertThat(edge.get("type").asString()).isEqualTo("CO_ATTENDED");
		assertThat(edge.get("properties").get("count").asInt()).isEqualTo(1);
		assertThat(edge.get("properties").get("events").get(0).asString()).isEqualTo("event:interpol-ncb-heads-conference-20");
		assertThat(ids(graph.get("nodes"))).contains("person:ahmed-naser-al-raisi", "person:valdecy-urquiza")
			.allMatch(id -> id.startsWith("person:"));
	}

	@Test
	void coAttendanceKeepsPairsSharingEnoughEventsInTheDateRange() {
		assertThat(field("coAttendance", Map.of("minShared", 2), "coAttendance").get("edges").size()).isZero();
		JsonNode in2025 = field("coAttendance", Map.of("from", "2025", "to", "2025-12"), "coAttendance");
		assertThat(ids(in2025.get("edges"))).containsExactly("CO_ATTENDED:person:ahmed-naser-al-raisi->person:valdecy-urquiza");
		assertThat(firstErrorClassification("coAttendance", Map.of("from", "--11-24"))).isEqualTo("BAD_REQUEST");
	}
}
