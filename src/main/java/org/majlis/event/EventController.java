package org.majlis.event;

import java.util.List;
import java.util.Map;

import org.majlis.common.Batches;
import org.majlis.common.Paging;
import org.majlis.common.Source;
import org.majlis.organization.Organization;
import org.majlis.person.Person;
import org.majlis.person.PersonService;
import org.majlis.place.Place;
import org.majlis.topic.Topic;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** {@code Event} and its relations, one query per relation and level whatever the number of events. */
@Controller
class EventController {

	private final EventService events;
	private final PersonService people;

	EventController(EventService events, PersonService people) {
		this.events = events;
		this.people = people;
	}

	@QueryMapping
	Window<Event> events(@Argument EventWhere where, ScrollSubrange subrange) {
		return events.findPage(where, Paging.of(subrange));
	}

	@BatchMapping
	Map<Event, Place> location(List<Event> list) {
		return Batches.byId(list, Event::id, events::locations);
	}

	@BatchMapping
	Map<Event, List<Organization>> organizers(List<Event> list) {
		return Batches.listsById(list, Event::id, events::organizers);
	}

	@BatchMapping
	Map<Event, List<Person>> attendees(List<Event> list) {
		return Batches.listsById(list, Event::id, events::attendees);
	}

	@BatchMapping(typeName = "Event", field = "attendance")
	Map<Event, List<Attendance>> eventAttendance(List<Event> list) {
		return Batches.listsById(list, Event::id, events::attendanceAtEvents);
	}

	@BatchMapping
	Map<Event, List<Topic>> topics(List<Event> list) {
		return Batches.listsById(list, Event::id, events::topics);
	}

	@BatchMapping(typeName = "Event", field = "sources")
	Map<Event, List<Source>> eventSources(List<Event> list) {
		return Batches.listsById(list, Event::id, events::sources);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<Event>> attended(List<Person> people) {
		return Batches.listsById(people, Person::id, events::attendedBy);
	}

	@BatchMapping(typeName = "Person", field = "attendance")
	Map<Person, List<Attendance>> personAttendance(List<Person> people) {
		return Batches.listsById(people, Person::id, events::attendanceOfPeople);
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Event>> organized(List<Organization> orgs) {
		return Batches.listsById(orgs, Organization::id, events::organizedBy);
	}

	@BatchMapping(typeName = "Attendance")
	Map<Attendance, Event> event(List<Attendance> list) {
		return Batches.byId(list, Attendance::eventId, ids -> Batches.indexById(events.findByIds(ids), Event::id));
	}

	@BatchMapping(typeName = "Attendance")
	Map<Attendance, Person> person(List<Attendance> list) {
		return Batches.byId(list, Attendance::personId, ids -> Batches.indexById(people.findByIds(ids), Person::id));
	}

	/** A topic's events, a page at a time (topics are few, so one query per topic asked for). */
	@SchemaMapping(typeName = "Topic", field = "events")
	Window<Event> topicEvents(Topic topic, ScrollSubrange subrange) {
		return events.findPage(new EventWhere(topic.key(), null, null, null, null, null, null), Paging.of(subrange));
	}
}
