package org.majlis.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Cypher of a page of events for the filters given, and only those: the most selective relationship filter
 * given (an attendee, an organiser, a topic, a place, in that order) is where the match starts, the other given
 * ones are existence checks, and absent ones leave no trace. A query with {@code $x IS NULL OR …} for every filter
 * would scan every event whatever was asked. Only fixed fragments go into the text; values stay parameters.
 */
final class EventFilterCypher {

	private record Filter(String parameter, String anchor, String exists) {
	}

	private static final List<Filter> RELATIONS = List.of(
			new Filter("attendee", "MATCH (:Person {id: $attendee})-[:ATTENDED]->(e:Event)",
					"EXISTS { (:Person {id: $attendee})-[:ATTENDED]->(e) }"),
			new Filter("organizer", "MATCH (:Organization {id: $organizer})-[:ORGANIZED]->(e:Event)",
					"EXISTS { (:Organization {id: $organizer})-[:ORGANIZED]->(e) }"),
			new Filter("topic", "MATCH (:Topic {key: $topic})<-[:ABOUT]-(e:Event)", "EXISTS { (e)-[:ABOUT]->(:Topic {key: $topic}) }"),
			new Filter("place", "MATCH (:Place {id: $place})<-[:IN_COUNTRY*0..1]-(:Place)<-[:HELD_IN]-(e:Event)",
					"EXISTS { (e)-[:HELD_IN]->(:Place)-[:IN_COUNTRY*0..1]->(:Place {id: $place}) }"));

	private EventFilterCypher() {
	}

	/** Events matching the non-null parameters, earliest first (undated last), {@code $offset} and {@code $limit} applied. */
	static String page(Map<String, Object> params) {
		String match = "MATCH (e:Event)";
		List<String> conditions = new ArrayList<>();
		for (Filter filter : RELATIONS) {
			if (params.get(filter.parameter()) == null) {
				continue;
			}
			if (match.equals("MATCH (e:Event)")) {
				match = filter.anchor();
			}
			else {
				conditions.add(filter.exists());
			}
		}
		if (params.get("kind") != null) {
			conditions.add("e.kind = $kind");
		}
		if (params.get("from") != null) {
			conditions.add("e.endHigh >= $from");
		}
		if (params.get("to") != null) {
			conditions.add("e.startLow <= $to");
		}
		return match + (conditions.isEmpty() ? "" : "\nWHERE " + String.join(" AND ", conditions))
				+ "\nRETURN e ORDER BY e.startLow, e.name, e.id SKIP $offset LIMIT $limit";
	}
}
