package org.majlis.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.majlis.GraphQlHttp;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of events that Neo4j reads in the order of an index, asked through GraphQL over HTTP with a one-object field
 * ({@code location}) on each event: past the first page, the cursor's {@code name > $name} lets the planner seek the
 * name index in order and stop after one page, and the 2026.08 planner refused such a plan with an internal error
 * ({@code m_0.startLow should not appear non-cached}, its check with assertions on, as Surefire runs) when the
 * projection held a {@code head(COLLECT { … })}. A store of its own with enough events for that plan (its own
 * application name keeps its context apart from any other), closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"majlis.neo4j.embedded.data-dir=target/test-stores/${random.uuid}", "majlis.neo4j.embedded.bolt-port=0",
		"majlis.demo.enabled=false", "majlis.warmup.enabled=false", "spring.application.name=majlis-index-ordered-pages-tests" })
@Import(GraphQlHttp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class IndexOrderedPagesTests {

	private static final int EVENTS = 400;

	private static final String BY_NAME = """
			query($after: String) {
			  events(orderBy: [{field: NAME}], first: 50, after: $after) {
			    edges { node { id name location { name country { name } } } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	private static final String IN_COUNTRY = """
			query($country: ID!, $from: PartialDate!, $to: PartialDate!, $after: String) {
			  events(where: { place: $country, from: $from, to: $to }, first: 50, after: $after) {
			    edges { node { id name startDate location { name } } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	@Autowired
	Driver driver;

	@Autowired
	GraphQlHttp http;

	/** A country with ten cities and {@value #EVENTS} events a few days apart, every eleventh in the country itself. */
	@BeforeAll
	void writeEvents() {
		driver.executableQuery("""
				CREATE (country:Place {id: 'place:t-country', name: 'country', kind: 'COUNTRY'})
				WITH country UNWIND range(0, 9) AS c
				CREATE (:Place {id: 'place:t-city-' + c, name: 'city ' + c, kind: 'CITY'})-[:IN_COUNTRY]->(country)""").execute();
		driver.executableQuery("""
				UNWIND range(0, $events - 1) AS i
				MATCH (place:Place {id: CASE WHEN i % 11 = 0 THEN 'place:t-country' ELSE 'place:t-city-' + (i % 10) END})
				WITH i, place, date('2010-01-01') + duration({days: i * 9}) AS day
				CREATE (:Event {id: 'event:t-' + i, name: 'event ' + right('00' + toString(i), 3), startDate: toString(day),
				                startLow: day, endHigh: day})-[:HELD_IN]->(place)""")
			.withParameters(Map.of("events", EVENTS)).execute();
	}

	@Test
	void everyPageOfEventsByNameWithTheirPlace() {
		List<JsonNode> events = pages(BY_NAME, Map.of());
		assertThat(events).hasSize(EVENTS);
		for (int i = 0; i < EVENTS; i++) {
			JsonNode event = events.get(i);
			assertThat(event.get("name").asString()).isEqualTo("event %03d".formatted(i));
			JsonNode location = event.get("location");
			if (i % 11 == 0) {
				assertThat(location.get("name").asString()).isEqualTo("country");
				assertThat(location.get("country").isNull()).isTrue();
			}
			else {
				assertThat(location.get("name").asString()).isEqualTo("city " + i % 10);
				assertThat(location.get("country").get("name").asString()).isEqualTo("country");
			}
		}
	}

	@Test
	void everyPageOfEventsInACountryBetweenTwoDates() {
		List<JsonNode> events = pages(IN_COUNTRY, Map.of("country", "place:t-country", "from", "2011-01-01", "to", "2018-12-31"));
		List<String> expected = driver.executableQuery("""
				MATCH (:Place {id: 'place:t-country'})<-[:IN_COUNTRY*0..1]-(:Place)<-[:HELD_IN]-(e:Event)
				WHERE e.endHigh >= date('2011-01-01') AND e.startLow <= date('2018-12-31')
				RETURN e.id AS id ORDER BY e.startLow, e.name, e.id""").execute().records().stream().map(r -> r.get("id").asString()).toList();
		assertThat(expected).hasSizeGreaterThan(100);
		assertThat(events.stream().map(event -> event.get("id").asString()).toList()).isEqualTo(expected);
		assertThat(events).allSatisfy(event -> assertThat(event.get("location").get("name").isString()).isTrue());
	}

	/** The nodes of every page, following endCursor until a page says no next one follows; a page with errors fails. */
	private List<JsonNode> pages(String document, Map<String, Object> variables) {
		List<JsonNode> nodes = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 100; page++) {
			Map<String, Object> pageVariables = new HashMap<>(variables);
			pageVariables.put("after", after);
			GraphQlHttp.Response response = http.query(document, pageVariables);
			assertThat(response.errors()).as("errors of page %d", page + 1).isNull();
			JsonNode events = response.data().get("events");
			events.get("edges").forEach(edge -> nodes.add(edge.get("node")));
			if (!events.get("pageInfo").get("hasNextPage").asBoolean()) {
				return nodes;
			}
			after = events.get("pageInfo").get("endCursor").asString();
		}
		throw new AssertionError("more than 100 pages");
	}
}
