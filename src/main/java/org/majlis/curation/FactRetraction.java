package org.majlis.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.majlis.common.ArabicText;
import org.majlis.store.DerivedProperties;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Removes a fact and remembers it as a {@code :RetractedFact} keyed by {@link FactType#key}, holding the sources
 * that stated it (and, later, those that state it again), so that ingestion does not bring it back and the
 * fact's sources can still be shown. A retraction without a title of an office covers every office between the two.
 */
@Component
class FactRetraction {

	private static final String RETRACT = """
			OPTIONAL MATCH (a:%s {id: $from})-[r:%s]->(b:%s {id: $to})
			WHERE $titleKey IS NULL OR r.titleKey = $titleKey
			WITH collect(r) AS facts
			MERGE (f:RetractedFact {key: $key})
			ON CREATE SET f.type = $type, f.from = $from, f.to = $to, f.titleKey = $titleKey, f.title = $title,
			              f.sourceIds = [], f.quotes = [], f.confidences = []
			SET f.curation = $curation
			WITH f, facts, size(facts) AS retracted
			CALL (f, facts) {
			  UNWIND facts AS r
			  WITH f, r, [i IN range(0, size(coalesce(r.sourceIds, [])) - 1) WHERE NOT r.sourceIds[i] IN f.sourceIds] AS add
			  SET f.sourceIds = f.sourceIds + [i IN add | r.sourceIds[i]], f.quotes = f.quotes + [i IN add | coalesce(r.quotes[i], '')],
			      f.confidences = f.confidences + [i IN add | coalesce(r.confidences[i], 1.0)], f.title = coalesce(f.title, r.title),
			      f.role = coalesce(f.role, r.role)
			  DELETE r
			  RETURN count(*) AS deleted
			}
			RETURN retracted
			""";

	private static final String EXISTS = """
			MATCH (a:%s {id: $from})-[r:%s]->(b:%s {id: $to})
			WHERE $titleKey IS NULL OR r.titleKey = $titleKey
			RETURN count(r)
			""";

	private final Neo4jClient neo4j;
	private final DerivedProperties derived;

	FactRetraction(Neo4jClient neo4j, DerivedProperties derived) {
		this.neo4j = neo4j;
		this.derived = derived;
	}

	/** The number of relationships the input names (offices: one per title). */
	long count(RetractFactInput input) {
		FactType type = checked(input);
		return neo4j.query(EXISTS.formatted(type.fromLabel(), type.name(), type.toLabel())).bindAll(params(input, null))
			.fetchAs(Long.class).one().orElse(0L);
	}

	/**
	 * Retracts the fact; answers how many relationships were removed (0 when it is remembered only). An event that
	 * loses a place has the countries it is held in computed anew.
	 */
	long retract(RetractFactInput input, String curationId) {
		FactType type = checked(input);
		long removed = neo4j.query(RETRACT.formatted(type.fromLabel(), type.name(), type.toLabel())).bindAll(params(input, curationId))
			.fetchAs(Long.class).one().orElse(0L);
		if (type == FactType.HELD_IN && removed > 0) {
			derived.refreshCountries(List.of(input.from()));
		}
		return removed;
	}

	/** {@code HOLDS_POSITION رئيس} for an office, else the type. */
	static String detail(RetractFactInput input) {
		return input.title() == null || input.title().isBlank() ? input.type().name() : input.type().name() + " " + input.title().strip();
	}

	private static FactType checked(RetractFactInput input) {
		if (input.type() == null || input.from() == null || input.to() == null) {
			throw new IllegalArgumentException("A retraction needs the fact's type, start node and end node");
		}
		if (input.title() != null && !input.title().isBlank() && input.type() != FactType.HOLDS_POSITION) {
			throw new IllegalArgumentException("Only HOLDS_POSITION facts have a title");
		}
		return input.type();
	}

	private static Map<String, Object> params(RetractFactInput input, String curationId) {
		FactType type = input.type();
		String to = type.endId(input.to());
		String titleKey = input.title() == null || input.title().isBlank() ? null : ArabicText.key(input.title());
		Map<String, Object> params = new HashMap<>();
		params.put("type", type.name());
		params.put("from", input.from());
		params.put("to", to);
		params.put("titleKey", titleKey);
		params.put("title", titleKey == null ? null : input.title().strip());
		params.put("key", type.key(input.from(), to, titleKey));
		params.put("curation", curationId);
		return params;
	}
}
