package org.majlis.model;

import java.util.List;

/**
 * Properties the service keeps for itself, never served as GraphQL fields: what indexes answer filters from, and the
 * sources of a fact kept on its relationship as three parallel lists.
 */
public final class InternalProperties {

	/** Every name and alias of an entity, normalised, {@code |}-delimited, behind a text index. */
	public static final String MATCH_TEXT = "matchText";
	/** The earliest day an event's partial start date can mean (range-indexed). */
	public static final String START_LOW = "startLow";
	/** The latest day an event's partial end date can mean (range-indexed). */
	public static final String END_HIGH = "endHigh";
	/**
	 * The id of the one country (a place in no other) an event is held in, directly or through its place's
	 * {@code IN_COUNTRY}, when it is held in one and has a start date; with {@link #START_LOW} behind a composite range
	 * index, so a page of a country's events is an index seek in date order.
	 */
	public static final String HELD_IN_COUNTRY = "heldInCountry";
	/**
	 * For the other events held in some country (in several, or without a start date): those countries' ids,
	 * {@code |}-delimited with a {@code |} at each end, behind a text index.
	 */
	public static final String HELD_IN_COUNTRIES = "heldInCountries";
	/** On a fact: the ids of the articles that state it. */
	public static final String SOURCE_IDS = "sourceIds";
	/** On a fact: the sentence of each source, in the order of {@link #SOURCE_IDS}. */
	public static final String QUOTES = "quotes";
	/** On a fact: the confidence of each source, in the order of {@link #SOURCE_IDS}. */
	public static final String CONFIDENCES = "confidences";

	/** An article's hash of its normalised text, by which a second copy is known as a duplicate. */
	public static final String CONTENT_HASH = "contentHash";

	/** The derived properties, recomputed whenever names, dates or an event's places change. */
	public static final List<String> DERIVED = List.of(MATCH_TEXT, START_LOW, END_HIGH, HELD_IN_COUNTRY, HELD_IN_COUNTRIES);
	/** The node properties explorers and exports leave out. */
	public static final List<String> HIDDEN_NODE_PROPERTIES = List.of(MATCH_TEXT, START_LOW, END_HIGH, HELD_IN_COUNTRY, HELD_IN_COUNTRIES,
			CONTENT_HASH);
	/** A fact's sources, as three parallel lists. */
	public static final List<String> FACT_SOURCES = List.of(SOURCE_IDS, QUOTES, CONFIDENCES);

	private InternalProperties() {
	}
}
