package org.majlis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;

import org.springframework.beans.factory.annotation.Autowired;

@MajlisTest
class PathAndCoAttendanceTests {

	private static final String PATH = """
			query($from: ID!, $to: ID!, $maxDepth: Int) {
			  shortestPath(from: $from, to: $to, maxDepth: $maxDepth) {
			    truncated nodes { id label } edges { id source target type }
			  }
			}""";

	private static final String CO_ATTENDANCE = """
			query($topic: ID, $from: PartialDate, $to: PartialDate, $minShared: Int) {
			  coAttendance(topic: $topic, from: $from, to: $to, minShared: $minShared) {
			    truncated nodes { id label } edges { id source target type properties }
			  }
			}""";

	@Autowired
	GraphQlHttp http;

	private JsonNode field(String document, Map<String, Object> variables, String name) {
		GraphQlHttp.Response response = http.query(document, variables);
		assertThat(response.errors()).as("%s", response.body()).isNull();
		return response.data().get(name);
	}

	private static List<String> ids(JsonNode list) {
		List<String> ids = new ArrayList<>();
		list.forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	@Test
	void shortestPathJoinsStockAndAlKhalifa() {
		JsonNode path = field(PATH, Map.of("from", "person:jurgen-stock", "to", "person:rashid-bin-abdullah-al-khalifa"),
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
		JsonNode path = field(PATH, Map.of("from", "person:jurgen-stock", "to", "person:rashid-bin-abdullah-al-khalifa",
				"maxDepth", 1), "shortestPath");
		assertThat(path.isNull()).isTrue();
		assertThat(field(PATH, Map.of("from", "person:jurgen-stock", "to", "person:nobody"), "shortestPath").isNull()).isTrue();
	}

	@Test
	void aPathLongerThanTenIsABadRequest() {
		GraphQlHttp.Response response = http.query(PATH, Map.of("from", "person:jurgen-stock", "to", "org:interpol",
				"maxDepth", 11));
		assertThat(response.errors().get(0).get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void coAttendanceOnCybercrimeLinksAlRaisiAndUrquiza() {
		JsonNode graph = field(CO_ATTENDANCE, Map.of("topic", "cybercrime"), "coAttendance");
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
		assertThat(field(CO_ATTENDANCE, Map.of("minShared", 2), "coAttendance").get("edges").size()).isZero();
		JsonNode in2025 = field(CO_ATTENDANCE, Map.of("from", "2025", "to", "2025-12"), "coAttendance");
		assertThat(ids(in2025.get("edges"))).containsExactly("CO_ATTENDED:person:ahmed-naser-al-raisi->person:valdecy-urquiza");
		GraphQlHttp.Response noYear = http.query(CO_ATTENDANCE, Map.of("from", "--11-24"));
		assertThat(noYear.errors().get(0).get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
	}
}
