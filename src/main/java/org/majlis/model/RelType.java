package org.majlis.model;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.majlis.model.NodeLabel.ARTICLE;
import static org.majlis.model.NodeLabel.EVENT;
import static org.majlis.model.NodeLabel.ORGANIZATION;
import static org.majlis.model.NodeLabel.PERSON;
import static org.majlis.model.NodeLabel.PLACE;
import static org.majlis.model.NodeLabel.TOPIC;

/**
 * Every relationship type of the graph, with the labels it goes from and to (always in that direction). The facts
 * (sourced) keep the articles that state them on the relationship itself, as {@link InternalProperties#SOURCE_IDS},
 * {@link InternalProperties#QUOTES} and {@link InternalProperties#CONFIDENCES}.
 */
public enum RelType {

	ATTENDED(Set.of(PERSON), EVENT, true, "role"),
	HOLDS_POSITION(Set.of(PERSON), ORGANIZATION, true, "title", "titleEn", "titleKey", "from", "to"),
	ORGANIZED(Set.of(ORGANIZATION), EVENT, true),
	HELD_IN(Set.of(EVENT), PLACE, true),
	ABOUT(Set.of(EVENT), TOPIC, true),
	IN_COUNTRY(Set.of(PLACE, ORGANIZATION), PLACE, false),
	PART_OF(Set.of(ORGANIZATION), ORGANIZATION, false),
	/** A node's sources: where an article names it, with the quote and a confidence. */
	MENTIONED_IN(Set.of(PERSON, ORGANIZATION, PLACE, EVENT), ARTICLE, false, "quote", "confidence");

	private final Set<NodeLabel> from;
	private final NodeLabel to;
	private final boolean sourced;
	private final List<String> properties;

	RelType(Set<NodeLabel> from, NodeLabel to, boolean sourced, String... properties) {
		this.from = from;
		this.to = to;
		this.sourced = sourced;
		this.properties = List.of(properties);
	}

	/** The labels a relationship of this type starts at. */
	public Set<NodeLabel> from() {
		return from;
	}

	/** The label a relationship of this type ends at. */
	public NodeLabel to() {
		return to;
	}

	/** The one start label; for a type that starts at several labels, an error. */
	public NodeLabel fromLabel() {
		if (from.size() != 1) {
			throw new IllegalStateException(this + " starts at several labels: " + from);
		}
		return from.iterator().next();
	}

	/** Whether it is a fact with its sources on the relationship. */
	public boolean sourced() {
		return sourced;
	}

	/** The properties it carries besides the sources. */
	public List<String> properties() {
		return properties;
	}

	/**
	 * The key a fact of this type is known by across articles and curation: {@code TYPE|from|to|titleKey}, the title key
	 * empty for facts without a title (and for every office between the two).
	 */
	public String factKey(String fromId, String toId, String titleKey) {
		return name() + "|" + fromId + "|" + toId + "|" + (titleKey == null ? "" : titleKey);
	}

	/** The relationship types between entities and topics: every type but {@link #MENTIONED_IN}. */
	public static List<RelType> entityTypes() {
		return Arrays.stream(values()).filter(type -> type != MENTIONED_IN).toList();
	}

	/** Every type, as Cypher spells them. */
	public static List<String> names() {
		return Arrays.stream(values()).map(RelType::name).toList();
	}
}
