package org.majlis.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every label of the graph. Nodes of the entity labels are what articles are read into, analysts curate and explorers
 * draw; ids are {@code <prefix>:<slug>} ({@code person:jurgen-stock}), so an id tells which label to look in.
 */
public enum NodeLabel {

	PERSON("Person", "person", Kind.ENTITY, "id", "name", "nameEn", "aliases", "ranks"),
	ORGANIZATION("Organization", "org", Kind.ENTITY, "id", "name", "nameEn", "aliases", "acronym"),
	PLACE("Place", "place", Kind.ENTITY, "id", "name", "nameEn", "aliases", "kind"),
	EVENT("Event", "event", Kind.ENTITY, "id", "name", "nameEn", "aliases", "kind", "startDate", "endDate", "virtual"),
	/** A topic of the vocabulary {@code lexicon/topics.tsv}, kept in the graph at start-up. */
	TOPIC("Topic", "topic", Kind.VOCABULARY, "id", "key", "name", "nameEn"),
	/** An article the graph was read from: metadata and its content hash, never its text. */
	ARTICLE("Article", "article", Kind.SOURCE, "id", "url", "title", "publishedAt", "sourceName", "contentHash"),
	/** An analyst's correction, the audit trail. */
	CURATION("Curation", "curation", Kind.JUDGEMENT, "id", "action", "subjects", "note", "by", "at"),
	/** A merged-away id and the survivor it resolves to. */
	REDIRECT("Redirect", null, Kind.JUDGEMENT, "id", "survivor", "label", "curation"),
	/** A retracted fact ({@code TYPE|from|to|titleKey}) with the sources that stated it. */
	RETRACTED_FACT("RetractedFact", null, Kind.JUDGEMENT, "key"),
	/** Two nodes of one label an analyst says are different entities. */
	KEPT_APART("KeptApart", null, Kind.JUDGEMENT, "a", "b"),
	/** A news feed's item the feed follower has seen, claimed or failed on (module {@code feed}). */
	FEED_ITEM("FeedItem", null, Kind.STORE, "key", "url", "canonicalUrl", "status"),
	/** An applied migration, with its checksum. */
	MAJLIS_MIGRATION("MajlisMigration", null, Kind.STORE, "version", "checksum"),
	/** What start-up needs to know about the store: the demo graph's mark, the vocabulary's checksum, derived properties. */
	MAJLIS_META("MajlisMeta", null, Kind.STORE, "key");

	/** What a label's nodes are for. */
	public enum Kind {
		/** Read from articles: people, organisations, places, events. */
		ENTITY,
		/** A controlled vocabulary. */
		VOCABULARY,
		/** Provenance. */
		SOURCE,
		/** The analysts' judgements, kept apart from the extracted data. */
		JUDGEMENT,
		/** The service's own records about the store. */
		STORE
	}

	private final String label;
	private final String prefix;
	private final Kind kind;
	private final List<String> keyProperties;

	NodeLabel(String label, String prefix, Kind kind, String... keyProperties) {
		this.label = label;
		this.prefix = prefix;
		this.kind = kind;
		this.keyProperties = List.of(keyProperties);
	}

	/** The label as Cypher spells it: {@code Person}. */
	public String label() {
		return label;
	}

	/** The kind prefix of the label's ids ({@code person}), or null for records without one. */
	public String prefix() {
		return prefix;
	}

	public Kind kind() {
		return kind;
	}

	/** The properties that say what a node is (the unique one first); derived and internal ones are not among them. */
	public List<String> keyProperties() {
		return keyProperties;
	}

	/** The id of this label's node with this slug: {@code person:jurgen-stock}. */
	public String id(String slug) {
		if (prefix == null) {
			throw new IllegalStateException(label + " has no id prefix");
		}
		return prefix + ":" + slug;
	}

	/** The labels people, organisations, places and events: read from articles, curated, derived properties kept. */
	public static List<NodeLabel> entities() {
		return Arrays.stream(values()).filter(l -> l.kind == Kind.ENTITY).toList();
	}

	/** Every label, as Cypher spells them. */
	public static List<String> names() {
		return Arrays.stream(values()).map(NodeLabel::label).toList();
	}

	/** The label an id names by its prefix ({@code org:interpol} is an {@code Organization}). */
	public static Optional<NodeLabel> ofId(String id) {
		int colon = id == null ? -1 : id.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		String kind = id.substring(0, colon);
		return Arrays.stream(values()).filter(l -> kind.equals(l.prefix)).findFirst();
	}

	/** The label Cypher spells so, if the model has it. */
	public static Optional<NodeLabel> of(String label) {
		return Arrays.stream(values()).filter(l -> l.label.equals(label)).findFirst();
	}
}
