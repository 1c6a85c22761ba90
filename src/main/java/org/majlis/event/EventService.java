package org.majlis.event;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.majlis.common.Paging;
import org.majlis.common.Source;
import org.majlis.organization.Organization;
import org.majlis.person.Person;
import org.majlis.place.Place;
import org.majlis.topic.Topic;

import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads events and the facts around them, many parents at a time. */
@Service
@Transactional(readOnly = true)
public class EventService {

	private final EventRepository repository;

	EventService(EventRepository repository) {
		this.repository = repository;
	}

	public Window<Event> findPage(EventWhere where, Paging paging) {
		return paging.window(repository.findPage(where, paging));
	}

	public List<Event> findByIds(Collection<String> ids) {
		return repository.findByIds(ids);
	}

	public Map<String, Place> locations(Collection<String> eventIds) {
		return repository.locations(eventIds);
	}

	public Map<String, List<Organization>> organizers(Collection<String> eventIds) {
		return repository.organizers(eventIds);
	}

	public Map<String, List<Person>> attendees(Collection<String> eventIds) {
		return repository.attendees(eventIds);
	}

	public Map<String, List<Attendance>> attendanceAtEvents(Collection<String> eventIds) {
		return repository.attendanceAtEvents(eventIds);
	}

	public Map<String, List<Attendance>> attendanceOfPeople(Collection<String> personIds) {
		return repository.attendanceOfPeople(personIds);
	}

	public Map<String, List<Topic>> topics(Collection<String> eventIds) {
		return repository.topics(eventIds);
	}

	public Map<String, List<Event>> attendedBy(Collection<String> personIds) {
		return repository.attendedBy(personIds);
	}

	public Map<String, List<Event>> organizedBy(Collection<String> organizationIds) {
		return repository.organizedBy(organizationIds);
	}

	public Map<String, List<Source>> sources(Collection<String> ids) {
		return repository.sources(ids);
	}
}
