package org.majlis.curation;

import org.majlis.common.NodeIds;

/** The facts an analyst may retract, each with the labels of its start and end node (constants, never input). */
public enum FactType {

	ATTENDED("Person", "Event"), HOLDS_POSITION("Person", "Organization"), ORGANIZED("Organization", "Event"),
	HELD_IN("Event", "Place"), ABOUT("Event", "Topic");

	private final String fromLabel;
	private final String toLabel;

	FactType(String fromLabel, String toLabel) {
		this.fromLabel = fromLabel;
		this.toLabel = toLabel;
	}

	String fromLabel() {
		return fromLabel;
	}

	String toLabel() {
		return toLabel;
	}

	/**
	 * The key a retraction of this fact is remembered by: {@code TYPE|from|to|titleKey}, the title key empty for
	 * facts without a title and for a retraction of every office between the two.
	 */
	public String key(String from, String to, String titleKey) {
		return name() + "|" + from + "|" + to + "|" + (titleKey == null ? "" : titleKey);
	}

	/** The id of the end node as the graph holds it: a topic given by its key gets its id. */
	String endId(String to) {
		return this == ABOUT && NodeIds.kindOf(to).isEmpty() ? NodeIds.of(NodeIds.TOPIC, to) : to;
	}
}
