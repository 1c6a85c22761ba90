package org.majlis.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.ArabicText;
import org.majlis.common.PartialDate;
import org.majlis.curation.Judgements;
import org.majlis.ingest.extract.Evidence;
import org.majlis.model.NodeLabel;
import org.majlis.model.RelType;
import org.majlis.store.CountryChanges;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Writes the facts of one article as relationships, gathered first and then written in one statement, with an
 * UNWIND subquery for each kind of fact. A sourced fact keeps the articles that state it in three parallel lists
 * ({@code sourceIds}, {@code quotes}, {@code confidences}); each article is added once, so ingesting a second
 * report of the same fact adds a source instead of a second relationship, and an article that states a fact
 * twice counts the first statement. A fact an analyst retracted is not written again: the article is kept among the
 * retracted fact's sources instead (see {@link Judgements}). Labels and types come from the constants below, never
 * from input.
 */
class FactWriter {

	private static final String APPEND_SOURCE = """
			WITH * WHERE NOT $articleId IN r.sourceIds
			SET r.sourceIds = r.sourceIds + $articleId, r.quotes = r.quotes + coalesce(row.quote, ''),
			    r.confidences = r.confidences + row.confidence
			""";

	/** The template of a structural link; {@code %4$s} is empty or {@link #EXISTED}. */
	private static final String LINK = """
			UNWIND $rows AS row
			MATCH (a:%1$s {id: row.from}), (b:%2$s {id: row.to})
			%4$sMERGE (a)-[r:%3$s]->(b)
			""";

	/** The template of a sourced fact; {@code %4$s} is empty or {@link #EXISTED}. */
	private static final String SOURCED = """
			UNWIND $rows AS row
			MATCH (a:%1$s {id: row.from}), (b:%2$s {id: row.to})
			%4$sMERGE (a)-[r:%3$s]->(b)
			ON CREATE SET r.role = row.role, r.sourceIds = [], r.quotes = [], r.confidences = []
			""" + APPEND_SOURCE;

	/** Whether the relationship a row merges was there before, for a kind whose new relationships are reported. */
	private static final String EXISTED = "WITH a, b, row, EXISTS { (a)-[:%s]->(b) } AS existed\n";

	/** What a reported kind answers: the start nodes of the relationships it created (element ids). */
	private static final String REPORT = "RETURN collect(DISTINCT CASE WHEN NOT existed THEN elementId(a) END) AS %s\n";

	private static final String TOPIC = """
			UNWIND $rows AS row
			MATCH (e:Event {id: row.event}), (t:Topic {key: row.key})
			MERGE (e)-[r:ABOUT]->(t)
			ON CREATE SET r.sourceIds = [], r.quotes = [], r.confidences = []
			""" + APPEND_SOURCE;

	private static final String POSITION = """
			UNWIND $rows AS row
			MATCH (p:Person {id: row.person}), (o:Organization {id: row.organization})
			MERGE (p)-[r:HOLDS_POSITION {titleKey: row.titleKey}]->(o)
			ON CREATE SET r.title = row.title, r.titleEn = row.titleEn, r.sourceIds = [], r.quotes = [], r.confidences = []
			SET r.titleEn = coalesce(r.titleEn, row.titleEn),
			    r.from = CASE WHEN row.observed IS NOT NULL AND (r.from IS NULL OR row.observed < r.from) THEN row.observed ELSE r.from END,
			    r.to = CASE WHEN row.observed IS NOT NULL AND (r.to IS NULL OR row.observed > r.to) THEN row.observed ELSE r.to END
			""" + APPEND_SOURCE;

	private static final String PLACES_GIVEN_A_COUNTRY = "placesGivenACountry";

	private static final String EVENTS_GIVEN_A_PLACE = "eventsGivenAPlace";

	/**
	 * Every kind of fact in the order the statement writes them. Each flush sends all of them, those without rows as
	 * empty lists, so the statement text never changes and Neo4j plans it once.
	 */
	private static final List<Kind> KINDS = List.of(
			new Kind(link(RelType.IN_COUNTRY, NodeLabel.PLACE), RelType.IN_COUNTRY, PLACES_GIVEN_A_COUNTRY),
			new Kind(link(RelType.IN_COUNTRY, NodeLabel.ORGANIZATION), RelType.IN_COUNTRY, null),
			new Kind(link(RelType.PART_OF, NodeLabel.ORGANIZATION), RelType.PART_OF, null), new Kind(POSITION, RelType.HOLDS_POSITION, null),
			new Kind(sourced(RelType.HELD_IN), RelType.HELD_IN, EVENTS_GIVEN_A_PLACE),
			new Kind(sourced(RelType.ORGANIZED), RelType.ORGANIZED, null), new Kind(TOPIC, RelType.ABOUT, null),
			new Kind(sourced(RelType.ATTENDED), RelType.ATTENDED, null));

	/**
	 * A kind of fact: its statement, its type (a sourced one an analyst may retract, a structural link not), and the
	 * column that answers the start nodes of the relationships it created, or null when nobody needs to know.
	 */
	private record Kind(String cypher, RelType type, String reports) {
	}

	private static final String STATEMENT = statement();

	private final Neo4jClient neo4j;
	private final Judgements judgements;
	private final String articleId;
	/** Rows by query, each query's rows by the relationship they write, first statement first. */
	private final Map<String, Map<List<Object>, Map<String, Object>>> rows = new LinkedHashMap<>();

	FactWriter(Neo4jClient neo4j, Judgements judgements, String articleId) {
		this.neo4j = neo4j;
		this.judgements = judgements;
		this.articleId = articleId;
	}

	/** A structural link without sources (a city's country, an organisation's parent) from a node of this label. */
	void link(RelType type, NodeLabel fromLabel, String fromId, String toId) {
		if (fromId == null || toId == null || fromId.equals(toId)) {
			return;
		}
		Map<String, Object> row = new HashMap<>();
		row.put("from", fromId);
		row.put("to", toId);
		add(link(type, fromLabel), List.of(fromId, toId), row);
	}

	/** A fact with its source; {@code role} is kept on the relationship when given (attendance). */
	void sourced(RelType type, String fromId, String toId, String role, Evidence evidence) {
		if (fromId == null || toId == null) {
			return;
		}
		Map<String, Object> row = source(evidence);
		row.put("from", fromId);
		row.put("to", toId);
		row.put("role", role);
		add(sourced(type), List.of(fromId, toId), row);
	}

	void topic(String eventId, String topicKey, Evidence evidence) {
		Map<String, Object> row = source(evidence);
		row.put("event", eventId);
		row.put("key", topicKey);
		add(TOPIC, java.util.Arrays.asList(eventId, topicKey), row);
	}

	/**
	 * An office observed at a date: one relationship per person, organisation and title, whose
	 * {@code from}/{@code to} widen to every dated observation. A second statement of the office in the article
	 * only gives an English title the first lacked.
	 */
	void position(String personId, String organizationId, String title, String titleEn, PartialDate observedAt, Evidence evidence) {
		if (personId == null || organizationId == null || title == null) {
			return;
		}
		Map<String, Object> row = source(evidence);
		row.put("person", personId);
		row.put("organization", organizationId);
		row.put("title", title);
		row.put("titleEn", titleEn);
		row.put("titleKey", ArabicText.key(title));
		row.put("observed", observedAt != null && observedAt.hasYear() ? observedAt.toString() : null);
		Map<String, Object> first = add(POSITION, List.of(personId, organizationId, row.get("titleKey")), row);
		if (first.get("titleEn") == null) {
			first.put("titleEn", titleEn);
		}
	}

	/**
	 * Writes the facts gathered so far in one statement, a subquery for each kind of fact, and forgets them. All rows
	 * go in one list, each tagged with its kind: Neo4j keys its plan cache on the size of every list parameter (by
	 * powers of ten), so one list per kind would plan the statement anew for each mix of sizes. Answers the events it
	 * gave a new place and the places it gave a new country, whose events' countries may have changed.
	 */
	CountryChanges flush() {
		if (rows.isEmpty()) {
			return CountryChanges.NONE;
		}
		List<Map<String, Object>> all = new ArrayList<>();
		for (int kind = 0; kind < KINDS.size(); kind++) {
			Map<List<Object>, Map<String, Object>> written = rows.get(KINDS.get(kind).cypher());
			if (written != null) {
				for (Map<String, Object> row : written.values()) {
					Map<String, Object> tagged = new HashMap<>(row);
					tagged.put("kind", kind);
					all.add(tagged);
				}
			}
		}
		List<Map<String, Object>> kept = withoutRetracted(all);
		rows.clear();
		if (kept.isEmpty()) {
			return CountryChanges.NONE;
		}
		Map<String, Object> created = neo4j.query(STATEMENT).bind(articleId).to("articleId").bind(kept).to("rows").fetch().one()
			.orElseThrow();
		return new CountryChanges(elements(created.get(EVENTS_GIVEN_A_PLACE)), elements(created.get(PLACES_GIVEN_A_COUNTRY)));
	}

	private static List<String> elements(Object column) {
		return ((List<?>) column).stream().map(String.class::cast).toList();
	}

	/**
	 * The rows whose facts were not retracted; the others are recorded as restatements of the retracted facts. An
	 * office is retracted by its title, or by a retraction of every office between the two.
	 */
	private List<Map<String, Object>> withoutRetracted(List<Map<String, Object>> all) {
		Map<Map<String, Object>, List<String>> keys = new LinkedHashMap<>();
		for (Map<String, Object> row : all) {
			RelType fact = KINDS.get((Integer) row.get("kind")).type();
			if (fact == RelType.HOLDS_POSITION) {
				String person = (String) row.get("person");
				String organization = (String) row.get("organization");
				keys.put(row, List.of(fact.factKey(person, organization, (String) row.get("titleKey")),
						fact.factKey(person, organization, null)));
			}
			else if (fact == RelType.ABOUT) {
				keys.put(row, List.of(fact.factKey((String) row.get("event"), NodeLabel.TOPIC.id((String) row.get("key")), null)));
			}
			else if (fact.sourced()) {
				keys.put(row, List.of(fact.factKey((String) row.get("from"), (String) row.get("to"), null)));
			}
		}
		Set<String> retracted = judgements.retracted(keys.values().stream().flatMap(List::stream).toList());
		if (retracted.isEmpty()) {
			return all;
		}
		List<Map<String, Object>> kept = new ArrayList<>();
		List<Judgements.Restatement> restated = new ArrayList<>();
		for (Map<String, Object> row : all) {
			String key = keys.getOrDefault(row, List.of()).stream().filter(retracted::contains).findFirst().orElse(null);
			if (key == null) {
				kept.add(row);
			}
			else {
				restated.add(new Judgements.Restatement(key, (String) row.get("quote"), (Double) row.get("confidence")));
			}
		}
		judgements.restated(articleId, restated);
		return kept;
	}

	private static String statement() {
		StringBuilder cypher = new StringBuilder();
		for (int kind = 0; kind < KINDS.size(); kind++) {
			Kind k = KINDS.get(kind);
			cypher.append("CALL () {\n").append(k.cypher().replace("UNWIND $rows AS row\n", "UNWIND $rows AS row\nWITH row WHERE row.kind = " + kind + "\n"))
				.append(k.reports() == null ? "" : REPORT.formatted(k.reports())).append("}\n");
		}
		return cypher.append("RETURN ").append(PLACES_GIVEN_A_COUNTRY).append(", ").append(EVENTS_GIVEN_A_PLACE).append('\n').toString();
	}

	/** Adds the row of a relationship unless the article stated it already; answers the row kept. */
	private Map<String, Object> add(String cypher, List<Object> relationship, Map<String, Object> row) {
		if (KINDS.stream().noneMatch(kind -> kind.cypher().equals(cypher))) {
			throw new IllegalArgumentException("Not a kind of fact the writer knows: " + cypher);
		}
		return rows.computeIfAbsent(cypher, c -> new LinkedHashMap<>()).merge(relationship, row, (first, again) -> first);
	}

	private static Map<String, Object> source(Evidence evidence) {
		Map<String, Object> row = new HashMap<>();
		row.put("quote", evidence == null ? null : evidence.quote());
		row.put("confidence", evidence == null ? 1.0 : evidence.confidence());
		return row;
	}

	/**
	 * The statement of a structural link of this type from this label (one of the type's start labels); a place's
	 * country tells which links it created, since events held in the place may now be in another country.
	 */
	private static String link(RelType type, NodeLabel from) {
		if (type.sourced() || !type.from().contains(from)) {
			throw new IllegalArgumentException("Not a structural link of the model: " + from + " " + type);
		}
		boolean reported = type == RelType.IN_COUNTRY && from == NodeLabel.PLACE;
		return LINK.formatted(from.label(), type.to().label(), type.name(), reported ? EXISTED.formatted(type.name()) : "");
	}

	/** The statement of a sourced fact of this type; an event's place tells which it created (the event's countries). */
	private static String sourced(RelType type) {
		if (!type.sourced()) {
			throw new IllegalArgumentException("Not a sourced fact: " + type);
		}
		boolean reported = type == RelType.HELD_IN;
		return SOURCED.formatted(type.fromLabel().label(), type.to().label(), type.name(), reported ? EXISTED.formatted(type.name()) : "");
	}
}
