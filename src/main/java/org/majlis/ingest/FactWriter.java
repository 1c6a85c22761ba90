package org.majlis.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.majlis.common.ArabicText;
import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.Evidence;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Writes facts as relationships. A sourced fact keeps the articles that state it in three parallel lists
 * ({@code sourceIds}, {@code quotes}, {@code confidences}); each article is added once, so ingesting a second
 * report of the same fact adds a source instead of a second relationship. Labels and types come from the
 * constants below, never from input.
 */
class FactWriter {

	private static final Set<String> LABELS = Set.of("Person", "Organization", "Place", "Event");
	private static final Set<String> TYPES = Set.of("IN_COUNTRY", "PART_OF", "HELD_IN", "ORGANIZED", "ATTENDED");

	private static final String APPEND_SOURCE = """
			WITH r WHERE NOT $articleId IN r.sourceIds
			SET r.sourceIds = r.sourceIds + $articleId, r.quotes = r.quotes + coalesce($quote, ''),
			    r.confidences = r.confidences + $confidence
			""";

	private final Neo4jClient neo4j;

	FactWriter(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** A structural link without sources (a city's country, an organisation's parent). */
	void link(String fromLabel, String fromId, String type, String toLabel, String toId) {
		if (fromId == null || toId == null || fromId.equals(toId)) {
			return;
		}
		check(fromLabel, type, toLabel);
		neo4j.query("MATCH (a:%s {id: $from}), (b:%s {id: $to}) MERGE (a)-[:%s]->(b)".formatted(fromLabel, toLabel, type))
			.bindAll(Map.of("from", fromId, "to", toId)).run();
	}

	/** A fact with its source; {@code role} is kept on the relationship when given (attendance). */
	void sourced(String articleId, String fromLabel, String fromId, String type, String toLabel, String toId, String role,
			Evidence evidence) {
		if (fromId == null || toId == null) {
			return;
		}
		check(fromLabel, type, toLabel);
		Map<String, Object> params = source(articleId, evidence);
		params.put("from", fromId);
		params.put("to", toId);
		params.put("role", role);
		neo4j.query("""
				MATCH (a:%s {id: $from}), (b:%s {id: $to})
				MERGE (a)-[r:%s]->(b)
				ON CREATE SET r.role = $role, r.sourceIds = [], r.quotes = [], r.confidences = []
				""".formatted(fromLabel, toLabel, type) + APPEND_SOURCE).bindAll(params).run();
	}

	void topic(String articleId, String eventId, String topicKey, Evidence evidence) {
		Map<String, Object> params = source(articleId, evidence);
		params.put("event", eventId);
		params.put("key", topicKey);
		neo4j.query("""
				MATCH (e:Event {id: $event}), (t:Topic {key: $key})
				MERGE (e)-[r:ABOUT]->(t)
				ON CREATE SET r.sourceIds = [], r.quotes = [], r.confidences = []
				""" + APPEND_SOURCE).bindAll(params).run();
	}

	/**
	 * An office observed at a date: one relationship per person, organisation and title, whose
	 * {@code from}/{@code to} widen to every dated observation.
	 */
	void position(String articleId, String personId, String organizationId, String title, String titleEn,
			PartialDate observedAt, Evidence evidence) {
		if (personId == null || organizationId == null || title == null) {
			return;
		}
		Map<String, Object> params = source(articleId, evidence);
		params.put("person", personId);
		params.put("organization", organizationId);
		params.put("title", title);
		params.put("titleEn", titleEn);
		params.put("titleKey", ArabicText.key(title));
		params.put("observed", observedAt != null && observedAt.hasYear() ? observedAt.toString() : null);
		neo4j.query("""
				MATCH (p:Person {id: $person}), (o:Organization {id: $organization})
				MERGE (p)-[r:HOLDS_POSITION {titleKey: $titleKey}]->(o)
				ON CREATE SET r.title = $title, r.titleEn = $titleEn, r.sourceIds = [], r.quotes = [], r.confidences = []
				SET r.titleEn = coalesce(r.titleEn, $titleEn),
				    r.from = CASE WHEN $observed IS NOT NULL AND (r.from IS NULL OR $observed < r.from) THEN $observed ELSE r.from END,
				    r.to = CASE WHEN $observed IS NOT NULL AND (r.to IS NULL OR $observed > r.to) THEN $observed ELSE r.to END
				""" + APPEND_SOURCE).bindAll(params).run();
	}

	private static Map<String, Object> source(String articleId, Evidence evidence) {
		Map<String, Object> params = new HashMap<>();
		params.put("articleId", articleId);
		params.put("quote", evidence == null ? null : evidence.quote());
		params.put("confidence", evidence == null ? 1.0 : evidence.confidence());
		return params;
	}

	private static void check(String fromLabel, String type, String toLabel) {
		if (!LABELS.contains(fromLabel) || !LABELS.contains(toLabel) || !TYPES.contains(type)) {
			throw new IllegalArgumentException("Not a fact of the model: " + fromLabel + " " + type + " " + toLabel);
		}
	}
}
