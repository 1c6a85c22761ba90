package org.majlis.event;

import java.util.List;
import java.util.Map;

import org.majlis.common.PartialDate;
import org.majlis.model.NodeLabel;
import org.majlis.query.Condition;
import org.majlis.query.RootField;
import org.majlis.query.TypeDescription;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code Event} type once for the whole service: its label, properties, relations (held in, organised by,
 * attended by, about), sort keys and filters; the attendance facts; and the event relations seen from
 * {@code Person}, {@code Organization} and {@code Topic}, which this module owns.
 */
@Configuration(proxyBeanMethods = false)
class EventDescriptions {

	static final String ATTENDED_EVENTS = "MATCH ({n})-[:ATTENDED]->({m}:Event)";

	/**
	 * The events of a place, as three ways whose union is exactly what the {@code place} condition admits, so that the
	 * events of a country come page by page from a seek of the {@code (heldInCountry, startLow)} index in date order
	 * instead of from every event of the country sorted (see {@code EventCountries} in the store): the events held in
	 * that one country (only dated ones carry it, so a page past a cursor seeks from the cursor's date, and saying so
	 * lets a list without dates use the index too); those held in
	 * it among others, or undated (few, through the text index); and, for a place that is itself in a country (a city),
	 * its events found as before by walking from it. A country's events are never found by the walk, nor a city's by
	 * the properties, which only ever name countries.
	 */
	private static final Condition.Branch[] PLACE_BRANCHES = {
		new Condition.Branch("MATCH ({m}:Event)", "{m}.heldInCountry = {v} AND {m}.startLow IS NOT NULL", "{m}.heldInCountry"),
		new Condition.Branch("MATCH ({m}:Event)", "{m}.heldInCountries CONTAINS '|' + {v} + '|'", null),
		new Condition.Branch("""
				MATCH ({place}:Place {id: {v}}) WHERE EXISTS { ({place})-[:IN_COUNTRY]->(:Place) } \
				MATCH ({place})<-[:IN_COUNTRY*0..1]-(:Place)<-[:HELD_IN]-({m}:Event)""", null, null) };

	@Bean
	TypeDescription eventType() {
		return TypeDescription.node(NodeLabel.EVENT)
			.properties("id", "name", "nameEn", "startDate", "endDate", "virtual")
			.list("aliases")
			.value("kind", "coalesce({n}.kind, 'OTHER')")
			.one("location", "MATCH ({n})-[:HELD_IN]->({m}:Place)", "Place")
			.many("organizers", "MATCH ({m}:Organization)-[:ORGANIZED]->({n})", "Organization", "{m}.name")
			.manyPaged("attendees", "attendeesConnection", "MATCH ({m}:Person)-[:ATTENDED]->({n})", "Person", "{m}.name")
			.many("attendance", "MATCH ({person}:Person)-[{rel}:ATTENDED]->({n})", "Attendance",
					Map.of("person", "person", "rel", "rel", "event", "n"), "{person}.name")
			.many("topics", "MATCH ({n})-[:ABOUT]->({m}:Topic)", "Topic", "{m}.key")
			.sortKey("START_DATE", "{m}.startLow", true)
			.sortKey("NAME", "{m}.name", false)
			.sortKey("ATTENDEE_COUNT", "COUNT { ({m})<-[:ATTENDED]-(:Person) }", false)
			.defaultOrder("START_DATE", false)
			.defaultOrder("NAME", false)
			// in this order, the first one given starts the match of a root list
			.condition("attendee", Condition.onNode("EXISTS { (:Person {id: {v}})-[:ATTENDED]->({m}) }",
					"MATCH (:Person {id: {v}})-[:ATTENDED]->({m}:Event)"))
			.condition("organizer", Condition.onNode("EXISTS { (:Organization {id: {v}})-[:ORGANIZED]->({m}) }",
					"MATCH (:Organization {id: {v}})-[:ORGANIZED]->({m}:Event)"))
			.condition("topic", Condition.of("EXISTS { ({m})-[:ABOUT]->(:Topic {key: {v}}) }", Condition::topicKey)
				.anchoredBy("MATCH (:Topic {key: {v}})<-[:ABOUT]-({m}:Event)"))
			.condition("place", Condition.onNode("EXISTS { ({m})-[:HELD_IN]->(:Place)-[:IN_COUNTRY*0..1]->(:Place {id: {v}}) }",
					"MATCH (:Place {id: {v}})<-[:IN_COUNTRY*0..1]-(:Place)<-[:HELD_IN]-({m}:Event)").branchingInto(PLACE_BRANCHES))
			.condition("topicIn", Condition.of("EXISTS { ({m})-[:ABOUT]->(topic:Topic) WHERE topic.key IN {v} }",
					value -> ((List<?>) value).stream().map(Condition::topicKey).toList()))
			.condition("kind", Condition.of("{m}.kind = {v}", Object::toString))
			.condition("from", Condition.of("{m}.endHigh >= {v}", value -> withYear(value, "from").earliest()))
			.condition("to", Condition.of("{m}.startLow <= {v}", value -> withYear(value, "to").latest()))
			.condition("name", Condition.words())
			.condition("virtual", Condition.of("{m}.virtual = {v}"));
	}

	/** A range bound must have a year. */
	private static PartialDate withYear(Object value, String name) {
		PartialDate date = value instanceof PartialDate partial ? partial : PartialDate.parse(value.toString());
		if (!date.hasYear()) {
			throw new IllegalArgumentException(name + " needs a year to bound a date range: " + date);
		}
		return date;
	}

	@Bean
	TypeDescription attendanceType() {
		return TypeDescription.shape("Attendance", "Attendance")
			.bound("person", "Person", Map.of("n", "person"))
			.bound("event", "Event", Map.of("n", "event"))
			.value("role", "{rel}.role")
			.factSources("sources");
	}

	@Bean
	TypeDescription attendedByPeople() {
		return TypeDescription.extend(NodeLabel.PERSON.label())
			.manyPaged("attended", "attendedConnection", ATTENDED_EVENTS, "Event", "{m}.startLow", "{m}.name")
			.many("attendance", "MATCH ({n})-[{rel}:ATTENDED]->({event}:Event)", "Attendance",
					Map.of("person", "n", "rel", "rel", "event", "event"), "{event}.startLow", "{event}.name")
			.sortKey("EVENT_COUNT", "COUNT { ({m})-[:ATTENDED]->(:Event) }", false)
			.condition("attended", Condition.onNode("EXISTS { ({m})-[:ATTENDED]->(:Event {id: {v}}) }",
					"MATCH ({m}:Person)-[:ATTENDED]->(:Event {id: {v}})"))
			.condition("attendedTopic", Condition.of("EXISTS { ({m})-[:ATTENDED]->(:Event)-[:ABOUT]->(:Topic {key: {v}}) }",
					Condition::topicKey));
	}

	@Bean
	TypeDescription organizedByOrganizations() {
		return TypeDescription.extend(NodeLabel.ORGANIZATION.label())
			.manyPaged("organized", "organizedConnection", "MATCH ({n})-[:ORGANIZED]->({m}:Event)", "Event", "{m}.startLow", "{m}.name")
			.sortKey("EVENT_COUNT", "COUNT { ({m})-[:ORGANIZED]->(:Event) }", false);
	}

	@Bean
	TypeDescription eventsOfTopics() {
		return TypeDescription.extend(NodeLabel.TOPIC.label()).paged("events", "MATCH ({n})<-[:ABOUT]-({m}:Event)", "Event");
	}

	@Bean
	RootField eventsRoot() {
		return RootField.list("events", "Event");
	}
}
