package org.majlis.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.EmptyStoreTest;
import org.majlis.store.DerivedProperties;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The countries an event is held in ({@code heldInCountry}, or {@code heldInCountries} for several), which pages of a
 * country's events seek, stay what the graph says after ingestion, a merge of events, a merge of countries, a merge of
 * a city into one of another country (which then is in both: a merge keeps every relationship), a retracted place and a
 * later article that gives an event's city its country; an article recomputes them only for the events whose places or
 * places' countries it changed; and {@code events(where: {place})} finds the event from each of its places and countries.
 */
@EmptyStoreTest
class EventCountriesTests {

	private static final String IN_PLACE = """
			query($place: ID!) { events(where: {place: $place}, first: 50) { edges { node { id } } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	DerivedProperties derived;

	private CurationRequests http() {
		return new CurationRequests(graphQl);
	}

	@Test
	void shouldHoldTheCountryOfAnIngestedEventsCity() {
		Held muscat = held("شارك العميد سالم خميس الشحي في اجتماع إقليمي عقد في مدينة مسقط يوم 3 مايو 2025.", "2025-05-04");

		assertThat(muscat.country()).isNotNull().isNotEqualTo(muscat.city());
		assertThat(property(muscat.event(), "heldInCountry")).isEqualTo(muscat.country());
		assertThat(property(muscat.event(), "heldInCountries")).isNull();
		assertThat(eventsIn(muscat.country())).contains(muscat.event());
		assertThat(eventsIn(muscat.city())).contains(muscat.event());
	}

	@Test
	void shouldHoldBothCountriesOfMergedEventsAndOneAgainWhenAPlaceIsRetracted() {
		Held doha = held("حضر اللواء راشد حمد المزيني مؤتمرا أمنيا في مدينة الدوحة يوم 14 أبريل 2025.", "2025-04-15");
		Held jeddah = held("شارك العقيد فيصل ناصر السليطي في ندوة أمنية عقدت في مدينة جدة يوم 20 أبريل 2025.", "2025-04-21");
		String event = doha.event();
		assertThat(doha.country()).isNotNull().isNotEqualTo(jeddah.country());

		http().written("mergeNodes", Map.of("into", event, "from", List.of(jeddah.event())));

		assertThat(property(event, "heldInCountry")).isNull();
		assertThat(property(event, "heldInCountries")).isEqualTo(both(doha, jeddah));
		assertThat(eventsIn(doha.country())).contains(event);
		assertThat(eventsIn(jeddah.country())).contains(event);
		assertThat(eventsIn(jeddah.city())).contains(event);

		http().written("retractFact", Map.of("input", retraction(event, jeddah.city())));

		assertThat(property(event, "heldInCountry")).isEqualTo(doha.country());
		assertThat(property(event, "heldInCountries")).isNull();
		assertThat(eventsIn(jeddah.country())).doesNotContain(event);
	}

	@Test
	void shouldFollowAnEventsCountryMergedIntoAnother() {
		Held salalah = held("شارك المقدم يوسف علي المهيري في ورشة عمل عقدت في مدينة صلالة يوم 11 مارس 2025.", "2025-03-12");
		Held manama = held("حضر العقيد خالد سعد الرميحي اجتماعا أمنيا في مدينة المنامة يوم 5 مارس 2025.", "2025-03-06");
		assertThat(salalah.country()).isNotNull().isNotEqualTo(manama.country());
		assertThat(property(salalah.event(), "heldInCountry")).isEqualTo(salalah.country());

		http().written("mergeNodes", Map.of("into", manama.country(), "from", List.of(salalah.country())));

		assertThat(property(salalah.event(), "heldInCountry")).isEqualTo(manama.country());
		assertThat(eventsIn(manama.country())).contains(salalah.event(), manama.event());
		assertThat(eventsIn(salalah.city())).contains(salalah.event()).doesNotContain(manama.event());
	}

	@Test
	void shouldHoldBothCountriesOfAnEventWhoseCityIsMergedIntoACityOfAnotherCountry() {
		Held marrakech = held("شارك النقيب حمد سعيد المعمري في دورة تدريبية عقدت في مدينة مراكش يوم 17 فبراير 2025.", "2025-02-18");
		Held cairo = held("حضر المقدم جاسم محمد الخليفي اجتماعا في مدينة القاهرة يوم 9 فبراير 2025.", "2025-02-10");

		http().written("mergeNodes", Map.of("into", cairo.city(), "from", List.of(marrakech.city())));

		assertThat(property(marrakech.event(), "heldInCountry")).isNull();
		assertThat(property(marrakech.event(), "heldInCountries")).isEqualTo(both(marrakech, cairo));
		assertThat(property(cairo.event(), "heldInCountries")).isEqualTo(both(marrakech, cairo));
		assertThat(eventsIn(marrakech.country())).contains(marrakech.event(), cairo.event());
		assertThat(eventsIn(cairo.country())).contains(marrakech.event(), cairo.event());
	}

	@Test
	void shouldHoldTheCountryALaterArticleGivesAnEventsCity() {
		Held riyadh = held("شارك العقيد ماجد فهد العتيبي في ندوة أمنية عقدت في مدينة الرياض يوم 8 يناير 2025.", "2025-01-09");
		// as if the first article had named the city without its country: the city is then the event's country
		run("MATCH (:Place {id: $id})-[r:IN_COUNTRY]->(:Place) DELETE r", riyadh.city());
		derived.refreshCountries(List.of(riyadh.event()));
		assertThat(property(riyadh.event(), "heldInCountry")).isEqualTo(riyadh.city());

		Held later = held("حضر اللواء سعود ناصر القحطاني مؤتمرا عن الجرائم الإلكترونية في مدينة الرياض يوم 22 يناير 2025.", "2025-01-23");

		assertThat(later.event()).isNotEqualTo(riyadh.event());
		assertThat(later.country()).isNotNull().isNotEqualTo(riyadh.city());
		assertThat(property(riyadh.event(), "heldInCountry")).isEqualTo(later.country());
		assertThat(eventsIn(later.country())).contains(riyadh.event(), later.event());
	}

	@Test
	void shouldNotRecomputeTheCountriesOfOtherEventsInACityThatKeepsItsCountry() {
		Held rabat = held("شارك العميد عادل حسن الإدريسي في اجتماع إقليمي عقد في مدينة الرباط يوم 4 يونيو 2025.", "2025-06-05");
		// a value no computation gives, to see whether the next article's write recomputes this event's countries
		run("MATCH (e:Event {id: $id}) SET e.heldInCountry = 'place:untouched'", rabat.event());

		Held later = held("حضر المقدم نبيل عمر العلوي ورشة عمل عن تهريب المخدرات في مدينة الرباط يوم 16 يونيو 2025.", "2025-06-17");

		assertThat(later.event()).isNotEqualTo(rabat.event());
		assertThat(later.city()).isEqualTo(rabat.city());
		assertThat(property(later.event(), "heldInCountry")).isEqualTo(later.country());
		assertThat(property(rabat.event(), "heldInCountry")).isEqualTo("place:untouched");
	}

	/** The event of an ingested article, the city it was held in and that city's country. */
	record Held(String event, String city, String country) {
	}

	private Held held(String text, String publishedAt) {
		String event = http().ingest(text, publishedAt).at("/events/0/id").asString();
		String city = value("MATCH (:Event {id: $id})-[:HELD_IN]->(p:Place) RETURN p.id", event);
		return new Held(event, city, value("OPTIONAL MATCH (:Place {id: $id})-[:IN_COUNTRY]->(c:Place) RETURN c.id", city));
	}

	/** The two events' countries as {@code heldInCountries} holds them. */
	private static String both(Held one, Held other) {
		return "|" + String.join("|", List.of(one.country(), other.country()).stream().sorted().toList()) + "|";
	}

	private List<String> eventsIn(String place) {
		return http().readDocument(IN_PLACE, Map.of("place", place)).at("/events/edges").findValuesAsString("id");
	}

	private String property(String event, String name) {
		return value("MATCH (e:Event {id: $id}) RETURN e[$name]", Map.of("id", event, "name", name));
	}

	private void run(String cypher, String id) {
		driver.executableQuery(cypher).withParameters(Map.of("id", id)).execute();
	}

	private String value(String cypher, String id) {
		return value(cypher, Map.of("id", id));
	}

	private String value(String cypher, Map<String, Object> parameters) {
		List<Map<String, Object>> rows = driver.executableQuery(cypher).withParameters(parameters).execute().records().stream()
			.map(r -> r.asMap()).toList();
		assertThat(rows).as(cypher).hasSize(1);
		Object value = rows.getFirst().values().iterator().next();
		return value == null ? null : value.toString();
	}

	private static Map<String, Object> retraction(String event, String place) {
		Map<String, Object> input = new HashMap<>();
		input.put("type", "HELD_IN");
		input.put("from", event);
		input.put("to", place);
		input.put("note", "held in the other city");
		return input;
	}
}
