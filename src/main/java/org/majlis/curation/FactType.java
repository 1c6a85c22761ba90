package org.majlis.curation;

import org.majlis.common.NodeIds;
import org.majlis.model.NodeLabel;
import org.majlis.model.RelType;

/** The facts an analyst may retract: the sourced relationship types of the model (constants, never input). */
public enum FactType {

	ATTENDED(RelType.ATTENDED), HOLDS_POSITION(RelType.HOLDS_POSITION), ORGANIZED(RelType.ORGANIZED), HELD_IN(RelType.HELD_IN),
	ABOUT(RelType.ABOUT);

	private final RelType type;

	FactType(RelType type) {
		if (!type.sourced() || !type.name().equals(name())) {
			throw new IllegalStateException(type + " is not a fact an analyst retracts");
		}
		this.type = type;
	}

	String fromLabel() {
		return type.fromLabel().label();
	}

	String toLabel() {
		return type.to().label();
	}

	/**
	 * The key a retraction of this fact is remembered by: {@code TYPE|from|to|titleKey}, the title key empty for
	 * facts without a title and for a retraction of every office between the two.
	 */
	public String key(String from, String to, String titleKey) {
		return type.factKey(from, to, titleKey);
	}

	/** The id of the end node as the graph holds it: a topic given by its key gets its id. */
	String endId(String to) {
		return this == ABOUT && NodeIds.kindOf(to).isEmpty() ? NodeLabel.TOPIC.id(to) : to;
	}
}
