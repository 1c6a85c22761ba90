package org.majlis.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.majlis.event.Event;
import org.majlis.event.EventService;
import org.majlis.organization.Organization;
import org.majlis.organization.OrganizationService;
import org.majlis.person.Person;
import org.majlis.person.PersonService;
import org.majlis.place.Place;
import org.majlis.place.PlaceService;

import org.springframework.stereotype.Component;

/** The API records of curated nodes by id, through each feature's service, one query per label. */
@Component
class EntityNodes {

	private final PersonService people;
	private final OrganizationService organizations;
	private final PlaceService places;
	private final EventService events;

	EntityNodes(PersonService people, OrganizationService organizations, PlaceService places, EventService events) {
		this.people = people;
		this.organizations = organizations;
		this.places = places;
		this.events = events;
	}

	/** The records of these ids that exist, by id. */
	Map<String, Object> byId(Collection<String> ids) {
		Map<EntityLabel, List<String>> byLabel = new HashMap<>();
		ids.stream().distinct().forEach(id -> {
			EntityLabel label = EntityLabel.ofId(id);
			if (label != null) {
				byLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(id);
			}
		});
		Map<String, Object> out = new HashMap<>();
		byLabel.forEach((label, labelIds) -> {
			switch (label) {
				case PERSON -> people.findByIds(labelIds).forEach(p -> out.put(p.id(), p));
				case ORGANIZATION -> organizations.findByIds(labelIds).forEach(o -> out.put(o.id(), o));
				case PLACE -> places.findByIds(labelIds).forEach(p -> out.put(p.id(), p));
				case EVENT -> events.findByIds(labelIds).forEach(e -> out.put(e.id(), e));
			}
		});
		return out;
	}

	static String idOf(Object node) {
		return switch (node) {
			case Person p -> p.id();
			case Organization o -> o.id();
			case Place p -> p.id();
			case Event e -> e.id();
			default -> throw new IllegalArgumentException("Not a curated node: " + node);
		};
	}
}
