package org.majlis.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.majlis.GraphQlHttp;
import org.majlis.store.DerivedProperties;
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
 * application name keeps its context apart from any other), closed after the class. The events of a country, of a
 * city and of a country some of its events share with another come page by page exactly as the graph has them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"majlis.neo4j.embedded.data-dir=target/test-stores/${random.uuid}", "majlis.neo4j.embedded.bolt-port=0",
		"majlis.demo.enabled=false", "majlis.warmup.enabled=false", "spring.application.name=majlis-index-ordered-pages-tests" })
@Import(GraphQlHttp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class IndexOrderedPagesTests {

	private static final int EVENTS = 400;

	/** Events named {@code extra …}, after the others by name, in two countries at once (every other) or undated (every fifth). */
	private static final int EXTRA = 30;

	private static final String IN_PLACE = """
			query($place: ID!, $after: String) {
			  events(where: { place: $place }, first: 7, after: $after) {
			    edges { node { id } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

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

	@Autowired
	DerivedProperties derived;

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
		driver.executableQuery("""
				CREATE (other:Place {id: 'place:t-other', name: 'other', kind: 'COUNTRY'})
				CREATE (town:Place {id: 'place:t-town', name: 'town', kind: 'CITY'})-[:IN_COUNTRY]->(other)
				WITH other, town UNWIND range(0, 29) AS i
				MATCH (city:Place {id: 'place:t-city-' + (i % 10)})
				WITH i, city, CASE WHEN i % 3 = 0 THEN other ELSE town END AS elsewhere, date('2012-01-01') + duration({days: i * 40}) AS day
				CREATE (e:Event {id: 'event:x-' + i, name: 'extra ' + right('0' + toString(i), 2)})-[:HELD_IN]->(city)
				SET e.startDate = CASE WHEN i % 5 = 0 THEN null ELSE toString(day) END
				FOREACH (place IN CASE WHEN i % 2 = 0 THEN [elsewhere] ELSE [] END | CREATE (e)-[:HELD_IN]->(place))""").execute();
		derived.refresh(driver.executableQuery("MATCH (e:Event) RETURN e").execute().records().stream().map(r -> r.get("e")).toList());
	}

	@Test
	void everyPageOfEventsByNameWithTheirPlace() {
		List<JsonNode> events = pages(BY_NAME, Map.of());
		assertThat(events).hasSize(EVENTS + EXTRA);
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
		List<String> expected = walked("place:t-country", "2011-01-01", "2018-12-31");
		assertThat(expected).hasSizeGreaterThan(100);
		assertThat(ids(events)).isEqualTo(expected);
		assertThat(events).allSatisfy(event -> assertThat(event.get("location").get("name").isString()).isTrue());
	}

	@Test
	void everyPageOfEventsInAPlaceIsAsTheGraphHasThem() {
		for (String place : List.of("place:t-country", "place:t-other", "place:t-town", "place:t-city-3", "place:t-none")) {
			assertThat(ids(pages(IN_PLACE, Map.of("place", place)))).as(place).isEqualTo(walked(place, null, null));
		}
	}

	@Test
	void everyPageOfEventsInACountryBetweenTwoDatesHeldInOthersToo() {
		List<String> expected = walked("place:t-other", "2012-01-01", "2014-12-31");
		assertThat(expected).hasSizeGreaterThan(5);
		assertThat(ids(pages(IN_COUNTRY, Map.of("country", "place:t-other", "from", "2012-01-01", "to", "2014-12-31")))).isEqualTo(expected);
	}

	/**
	 * The ids of the place's events that overlap the dates (every one when {@code from} is null) in the list's order, as
	 * walking the graph from the place finds them: what the {@code place} filter answered before events held their countries.
	 */
	private List<String> walked(String place, String from, String to) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("place", place);
		parameters.put("from", from);
		parameters.put("to", to);
		return driver.executableQuery("""
				MATCH (:Place {id: $place})<-[:IN_COUNTRY*0..1]-(:Place)<-[:HELD_IN]-(e:Event)
				WHERE $from IS NULL OR (e.endHigh >= date($from) AND e.startLow <= date($to))
				RETURN DISTINCT e.id AS id, e.startLow AS start, e.name AS name ORDER BY start, name, id""")
			.withParameters(parameters).execute().records().stream().map(r -> r.get("id").asString()).toList();
	}

	private static List<String> ids(List<JsonNode> events) {
		return events.stream().map(event -> event.get("id").asString()).toList();
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
