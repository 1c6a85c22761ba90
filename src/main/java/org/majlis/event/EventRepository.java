package org.majlis.event;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.majlis.common.NodeSources;
import org.majlis.common.Paging;
import org.majlis.common.PartialDate;
import org.majlis.common.Relations;
import org.majlis.common.Source;
import org.majlis.organization.Organization;
import org.majlis.person.Person;
import org.majlis.place.Place;
import org.majlis.topic.Topic;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class EventRepository {

	private final Neo4jClient neo4j;

	EventRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<Event> findPage(EventWhere where, Paging paging) {
		EventWhere filter = where == null ? new EventWhere(null, null, null, null, null, null, null) : where;
		Map<String, Object> params = new HashMap<>();
		params.put("offset", paging.offset());
		params.put("limit", paging.fetchSize());
		params.put("topic", filter.topic() == null ? null : filter.topic().replaceFirst("^topic:", ""));
		params.put("attendee", filter.attendee());
		params.put("organizer", filter.organizer());
		params.put("place", filter.place());
		params.put("kind", filter.kind() == null ? null : filter.kind().name());
		params.put("from", withYear(filter.from(), "from") == null ? null : filter.from().earliest());
		params.put("to", withYear(filter.to(), "to") == null ? null : filter.to().latest());
		return neo4j.query(EventFilterCypher.page(params)).bindAll(params)
			.fetchAs(Event.class).mappedBy((types, record) -> Event.fromNode(record.get("e")))
			.all().stream().toList();
	}

	/** A range bound must have a year; an absent one (null) leaves the range open. */
	private static PartialDate withYear(PartialDate date, String name) {
		if (date != null && !date.hasYear()) {
			throw new IllegalArgumentException(name + " needs a year to bound a date range: " + date);
		}
		return date;
	}

	List<Event> findByIds(Collection<String> ids) {
		return neo4j.query("MATCH (e:Event) WHERE e.id IN $ids RETURN " + Event.projection("e") + " AS e").bind(List.copyOf(ids)).to("ids")
			.fetchAs(Event.class).mappedBy((types, record) -> Event.fromNode(record.get("e")))
			.all().stream().toList();
	}

	Map<String, Place> locations(Collection<String> eventIds) {
		return Relations.one(neo4j, """
				MATCH (e:Event)-[:HELD_IN]->(p:Place) WHERE e.id IN $ids
				RETURN e.id AS key, %s AS value
				""".formatted(Place.projection("p")), eventIds, Place::fromNode);
	}

	Map<String, List<Organization>> organizers(Collection<String> eventIds) {
		return Relations.many(neo4j, """
				MATCH (o:Organization)-[:ORGANIZED]->(e:Event) WHERE e.id IN $ids
				RETURN e.id AS key, %s AS value ORDER BY o.name
				""".formatted(Organization.projection("o")), eventIds, Organization::fromNode);
	}

	Map<String, List<Person>> attendees(Collection<String> eventIds) {
		return Relations.many(neo4j, """
				MATCH (p:Person)-[:ATTENDED]->(e:Event) WHERE e.id IN $ids
				RETURN e.id AS key, %s AS value ORDER BY p.name
				""".formatted(Person.projection("p")), eventIds, Person::fromNode);
	}

	Map<String, List<Attendance>> attendanceAtEvents(Collection<String> eventIds) {
		return Relations.many(neo4j, """
				MATCH (p:Person)-[r:ATTENDED]->(e:Event) WHERE e.id IN $ids
				RETURN e.id AS key, {person: p.id, event: e.id, rel: r} AS value ORDER BY p.name
				""", eventIds, Attendance::fromRow);
	}

	Map<String, List<Attendance>> attendanceOfPeople(Collection<String> personIds) {
		return Relations.many(neo4j, """
				MATCH (p:Person)-[r:ATTENDED]->(e:Event) WHERE p.id IN $ids
				RETURN p.id AS key, {person: p.id, event: e.id, rel: r} AS value ORDER BY e.startLow, e.name
				""", personIds, Attendance::fromRow);
	}

	Map<String, List<Topic>> topics(Collection<String> eventIds) {
		return Relations.many(neo4j, """
				MATCH (e:Event)-[:ABOUT]->(t:Topic) WHERE e.id IN $ids
				RETURN e.id AS key, t AS value ORDER BY t.key
				""", eventIds, Topic::fromNode);
	}

	Map<String, List<Event>> attendedBy(Collection<String> personIds) {
		return Relations.many(neo4j, """
				MATCH (p:Person)-[:ATTENDED]->(e:Event) WHERE p.id IN $ids
				RETURN p.id AS key, %s AS value ORDER BY e.startLow, e.name
				""".formatted(Event.projection("e")), personIds, Event::fromNode);
	}

	Map<String, List<Event>> organizedBy(Collection<String> organizationIds) {
		return Relations.many(neo4j, """
				MATCH (o:Organization)-[:ORGANIZED]->(e:Event) WHERE o.id IN $ids
				RETURN o.id AS key, %s AS value ORDER BY e.startLow, e.name
				""".formatted(Event.projection("e")), organizationIds, Event::fromNode);
	}

	Map<String, List<Source>> sources(Collection<String> ids) {
		return NodeSources.EVENT.of(neo4j, ids);
	}
}
