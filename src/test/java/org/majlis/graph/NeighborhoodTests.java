package org.majlis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlTesting;
import org.majlis.MajlisTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@MajlisTest
class NeighborhoodTests {

	@Autowired
	HttpGraphQlTester graphQl;

	/** The subgraph of the test document neighborhood.graphql for these variables; the request must succeed. */
	private JsonNode neighborhood(Map<String, Object> variables) {
		return graphQl.documentName("neighborhood").variables(variables).execute().path("neighborhood").entity(JsonNode.class).get();
	}

	private static List<String> ids(JsonNode list) {
		List<String> ids = new ArrayList<>();
		list.forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	@Test
	void aroundInterpolAreItsEventsAndOfficeHoldersWithStableIds() {
		JsonNode first = neighborhood(Map.of("id", "org:interpol"));
		assertThat(ids(first.get("nodes"))).contains("org:interpol", "event:interpol-ncb-heads-conference-20",
				"event:interpol-general-assembly-93", "person:jurgen-stock", "person:valdecy-urquiza");
		assertThat(ids(first.get("edges"))).contains("ORGANIZED:org:interpol->event:interpol-general-assembly-93",
				"HOLDS_POSITION:person:jurgen-stock->org:interpol#secretary-general");
		assertThat(first.get("truncated").asBoolean()).isFalse();
		JsonNode centre = first.get("nodes").get(0);
		assertThat(centre.get("label").asString()).isEqualTo("Organization");
		assertThat(centre.get("degree").asInt()).isGreaterThanOrEqualTo(first.get("edges").size());
		assertThat(centre.get("degreeByType").get("ORGANIZED").asInt()).isEqualTo(3);
		assertThat(centre.get("properties").has("matchText")).isFalse();
		JsonNode second = neighborhood(Map.of("id", "org:interpol"));
		assertThat(ids(second.get("edges"))).isEqualTo(ids(first.get("edges")));
		assertThat(ids(second.get("nodes"))).isEqualTo(ids(first.get("nodes")));
	}

	@Test
	void everyEdgeJoinsNodesOfTheSubgraph() {
		JsonNode graph = neighborhood(Map.of("id", "person:ahmed-naser-al-raisi", "depth", 2));
		List<String> nodes = ids(graph.get("nodes"));
		graph.get("edges").forEach(edge -> assertThat(nodes).contains(edge.get("source").asString(),
				edge.get("target").asString()));
		assertThat(nodes).contains("place:lyon", "person:valdecy-urquiza");
	}

	@Test
	void limitKeepsTheMostConnectedNeighbourAndSaysItTruncated() {
		JsonNode all = neighborhood(Map.of("id", "org:interpol"));
		int maxDegree = 0;
		for (int i = 1; i < all.get("nodes").size(); i++) {
			maxDegree = Math.max(maxDegree, all.get("nodes").get(i).get("degree").asInt());
		}
		JsonNode one = neighborhood(Map.of("id", "org:interpol", "limit", 1));
		assertThat(one.get("truncated").asBoolean()).isTrue();
		assertThat(one.get("nodes").size()).isEqualTo(2);
		assertThat(one.get("nodes").get(1).get("degree").asInt()).isEqualTo(maxDegree);
	}

	@Test
	void relationshipTypesFilterTheEdges() {
		JsonNode graph = neighborhood(Map.of("id", "org:interpol", "types", List.of("HOLDS_POSITION")));
		assertThat(graph.get("edges").size()).isGreaterThanOrEqualTo(3);
		graph.get("edges").forEach(edge -> assertThat(edge.get("type").asString()).isEqualTo("HOLDS_POSITION"));
		graph.get("nodes").forEach(node -> assertThat(node.get("label").asString()).isIn("Organization", "Person"));
	}

	@Test
	void articlesComeOnlyWhenMentionedInIsAskedFor() {
		assertThat(ids(neighborhood(Map.of("id", "person:jurgen-stock")).get("nodes"))).noneMatch(id -> id.startsWith("article:"));
		JsonNode graph = neighborhood(Map.of("id", "person:jurgen-stock", "types", List.of("MENTIONED_IN")));
		assertThat(ids(graph.get("nodes"))).containsExactly("person:jurgen-stock", "article:corpus-000");
		assertThat(graph.get("nodes").get(1).get("caption").asString()).startsWith("Bahrain Public Security chief");
	}

	@Test
	void theExampleDrawsInterpolTwoHopsOut() {
		JsonNode graph = graphQl.documentName("interpol-neighborhood").execute().path("neighborhood").entity(JsonNode.class).get();
		assertThat(ids(graph.get("nodes"))).contains("org:interpol", "place:lyon", "topic:cybercrime",
				"event:bahrain-interior-minister-visit-interpol");
	}

	@Test
	void explicitNullArgumentsMeanTheirDefaults() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("id", "org:interpol");
		variables.put("depth", null);
		variables.put("limit", null);
		assertThat(ids(neighborhood(variables).get("nodes"))).contains("person:jurgen-stock").doesNotContain("place:lyon");
	}

	@Test
	void anUnknownIdGivesAnEmptySubgraph() {
		JsonNode graph = neighborhood(Map.of("id", "person:nobody"));
		assertThat(graph.get("nodes").size()).isZero();
		assertThat(graph.get("truncated").asBoolean()).isFalse();
	}

	@Test
	void invalidDepthOrTypeIsABadRequest() {
		for (Map<String, Object> variables : List.of(Map.<String, Object>of("id", "org:interpol", "depth", 4),
				Map.<String, Object>of("id", "org:interpol", "limit", 501),
				Map.<String, Object>of("id", "org:interpol", "types", List.of("KNOWS")))) {
			List<ResponseError> errors = GraphQlTesting.errors(graphQl.documentName("neighborhood").variables(variables).execute());
			assertThat(errors).as("%s", variables).isNotEmpty();
			assertThat(errors.getFirst().getExtensions()).containsEntry("classification", "BAD_REQUEST");
		}
	}
}
