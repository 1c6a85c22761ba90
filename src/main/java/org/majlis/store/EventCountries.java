package org.majlis.store;

import java.util.Collection;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The countries an event is held in, kept on the event so that a page of a country's events is an index seek in date
 * order ({@code heldInCountry} with {@code startLow}, see {@code InternalProperties}). A country here is a place in
 * no other (no {@code IN_COUNTRY} of its own); an event is held in the countries among its {@code HELD_IN} places
 * and the places those are {@code IN_COUNTRY}, the same places the {@code place} filter of events reaches.
 * <p>
 * An event can be held in several: two articles may give one event two places, and a curation that merges events or
 * places keeps every place of each. So the property has two shapes: the one country's id in {@code heldInCountry}
 * when there is one and the event has a start date (almost every event, and the only ones the composite index holds,
 * since it leaves out nodes without {@code startLow}); otherwise the countries' ids {@code |}-delimited in
 * {@code heldInCountries}, which the filter reads through a text index beside that seek. A place that is not a
 * country (a city) is never in either, and the filter falls back to walking the graph from it.
 */
final class EventCountries {

	private static final String SET = """
			UNWIND $events AS element
			MATCH (e:Event) WHERE elementId(e) = element
			WITH e, COLLECT {
			  MATCH (e)-[:HELD_IN]->(:Place)-[:IN_COUNTRY*0..1]->(c:Place) WHERE NOT EXISTS { (c)-[:IN_COUNTRY]->(:Place) }
			  RETURN DISTINCT c.id AS id ORDER BY id
			} AS countries
			WITH e, countries, size(countries) = 1 AND e.startLow IS NOT NULL AS one
			WITH e, CASE WHEN one THEN countries[0] END AS country,
			     CASE WHEN NOT one AND size(countries) > 0 THEN reduce(text = '|', id IN countries | text + id + '|') END AS several
			WHERE coalesce(e.heldInCountry, '') <> coalesce(country, '') OR coalesce(e.heldInCountries, '') <> coalesce(several, '')
			SET e.heldInCountry = country, e.heldInCountries = several
			""";

	/** The events held in the places or in a place in them; {@code $all} false: only around places in a country. */
	private static final String AROUND = """
			UNWIND $places AS element
			MATCH (p:Place) WHERE elementId(p) = element AND ($all OR EXISTS { (p)-[:IN_COUNTRY]->(:Place) })
			MATCH (e:Event)-[:HELD_IN]->(:Place)-[:IN_COUNTRY*0..1]->(p)
			RETURN DISTINCT elementId(e)
			""";

	private static final String BY_ID = "MATCH (e:Event) WHERE e.id IN $ids RETURN elementId(e)";

	private final Neo4jClient neo4j;

	EventCountries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Recomputes the countries of the events and of the events held in the places (element ids). With {@code all}
	 * false, only places in a country count: writing an article adds places and their {@code IN_COUNTRY} but never
	 * changes what a country's events are held in, and a country's events may be many.
	 */
	void refresh(Collection<String> events, Collection<String> places, boolean all) {
		List<String> around = places.isEmpty() ? List.of()
				: List.copyOf(neo4j.query(AROUND).bind(List.copyOf(places)).to("places").bind(all).to("all").fetchAs(String.class).all());
		write(events);
		write(around);
	}

	/** Recomputes the countries of the events with these ids. */
	void refreshIds(Collection<String> ids) {
		write(neo4j.query(BY_ID).bind(List.copyOf(ids)).to("ids").fetchAs(String.class).all());
	}

	private void write(Collection<String> events) {
		if (!events.isEmpty()) {
			neo4j.query(SET).bind(List.copyOf(events)).to("events").run();
		}
	}
}
