package org.majlis.curation;

import java.util.Arrays;
import java.util.Collection;

import org.majlis.common.NodeIds;

/**
 * The labels whose nodes analysts merge and keep apart, each with its id prefix: the only labels that go into
 * curation Cypher, always from this list and never from input.
 */
enum EntityLabel {

	PERSON(NodeIds.PERSON, "Person"), ORGANIZATION(NodeIds.ORGANIZATION, "Organization"), PLACE(NodeIds.PLACE, "Place"),
	EVENT(NodeIds.EVENT, "Event");

	private final String prefix;
	private final String label;

	EntityLabel(String prefix, String label) {
		this.prefix = prefix;
		this.label = label;
	}

	String label() {
		return label;
	}

	/** The label an id names by its prefix, or null for ids of other kinds (topics, articles, curations). */
	static EntityLabel ofId(String id) {
		String kind = NodeIds.kindOf(id);
		return Arrays.stream(values()).filter(l -> l.prefix.equals(kind)).findFirst().orElse(null);
	}

	/** The label named {@code Person}, {@code Organization}, {@code Place} or {@code Event}. */
	static EntityLabel ofName(String name) {
		return Arrays.stream(values()).filter(l -> l.label.equals(name)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("label must be Person, Organization, Place or Event, not " + name));
	}

	/** The one label all these ids share; a BAD_REQUEST when they name several, or a kind that is not merged. */
	static EntityLabel common(Collection<String> ids) {
		EntityLabel common = null;
		for (String id : ids) {
			EntityLabel label = ofId(id);
			if (label == null) {
				throw new IllegalArgumentException("Only people, organisations, places and events are curated, not " + id);
			}
			if (common != null && common != label) {
				throw new IllegalArgumentException("Only nodes of one label merge: " + String.join(", ", ids));
			}
			common = label;
		}
		return common;
	}
}
