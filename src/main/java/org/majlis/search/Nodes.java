package org.majlis.search;

import org.majlis.event.Event;
import org.majlis.organization.Organization;
import org.majlis.person.Person;
import org.majlis.place.Place;
import org.majlis.topic.Topic;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** Maps a node of any entity label to its API record. */
final class Nodes {

	private Nodes() {
	}

	static Object toRecord(Node node) {
		Value value = org.neo4j.driver.Values.value(node);
		if (node.hasLabel("Person")) {
			return Person.fromNode(value);
		}
		if (node.hasLabel("Organization")) {
			return Organization.fromNode(value);
		}
		if (node.hasLabel("Place")) {
			return Place.fromNode(value);
		}
		if (node.hasLabel("Event")) {
			return Event.fromNode(value);
		}
		if (node.hasLabel("Topic")) {
			return Topic.fromNode(value);
		}
		return null;
	}
}
