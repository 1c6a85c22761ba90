package org.majlis.curation;

import org.majlis.model.NodeLabel;

/**
 * The Cypher of a merge, one node folded into the survivor: every relationship of either direction is merged onto
 * the survivor (a fact both had keeps the survivor's and gains the other's sources, once per article; an office keeps
 * its widest dates), names become aliases, properties the survivor lacks are taken, and the merged id is redirected.
 */
final class MergeStatements {

	/** Combines a relationship's properties {@code props} into the merged-onto relationship {@code n}. */
	private static final String COMBINE = """
			  WITH n, props, [i IN range(0, size(coalesce(props.sourceIds, [])) - 1) WHERE NOT props.sourceIds[i] IN coalesce(n.sourceIds, [])] AS add
			  SET n.sourceIds = CASE WHEN props.sourceIds IS NULL THEN n.sourceIds ELSE coalesce(n.sourceIds, []) + [i IN add | props.sourceIds[i]] END,
			      n.quotes = CASE WHEN props.sourceIds IS NULL THEN n.quotes ELSE coalesce(n.quotes, []) + [i IN add | coalesce(props.quotes[i], '')] END,
			      n.confidences = CASE WHEN props.sourceIds IS NULL THEN n.confidences ELSE coalesce(n.confidences, []) + [i IN add | coalesce(props.confidences[i], 1.0)] END,
			      n.role = coalesce(n.role, props.role), n.titleEn = coalesce(n.titleEn, props.titleEn),
			      n.quote = coalesce(n.quote, props.quote), n.confidence = coalesce(n.confidence, props.confidence),
			      n.from = CASE WHEN props.from IS NOT NULL AND (n.from IS NULL OR props.from < n.from) THEN props.from ELSE n.from END,
			      n.to = CASE WHEN props.to IS NOT NULL AND (n.to IS NULL OR props.to > n.to) THEN props.to ELSE n.to END
			  RETURN count(*) AS %s
			""";

	private static final String MOVE = """
			CALL (into, from) {
			  MATCH (from)-[r]->(other) WHERE other <> into AND other <> from AND type(r) <> 'HOLDS_POSITION'
			  WITH into, other, type(r) AS type, properties(r) AS props
			  MERGE (into)-[n:$(type)]->(other)
			  ON CREATE SET n = props
			""" + COMBINE.formatted("outgoing") + """
			}
			CALL (into, from) {
			  MATCH (other)-[r]->(from) WHERE other <> into AND other <> from AND type(r) <> 'HOLDS_POSITION'
			  WITH into, other, type(r) AS type, properties(r) AS props
			  MERGE (other)-[n:$(type)]->(into)
			  ON CREATE SET n = props
			""" + COMBINE.formatted("incoming") + """
			}
			CALL (into, from) {
			  MATCH (from)-[r:HOLDS_POSITION]->(other) WHERE other <> into
			  WITH into, other, properties(r) AS props
			  MERGE (into)-[n:HOLDS_POSITION {titleKey: coalesce(props.titleKey, "")}]->(other)
			  ON CREATE SET n = props
			""" + COMBINE.formatted("heldOffices") + """
			}
			CALL (into, from) {
			  MATCH (other)-[r:HOLDS_POSITION]->(from) WHERE other <> into
			  WITH into, other, properties(r) AS props
			  MERGE (other)-[n:HOLDS_POSITION {titleKey: coalesce(props.titleKey, "")}]->(into)
			  ON CREATE SET n = props
			""" + COMBINE.formatted("holders") + """
			}
			""";

	private static final String NODE = """
			WITH into, from, properties(into) AS kept
			FOREACH (key IN [k IN keys(from) WHERE kept[k] IS NULL] | SET into[key] = from[key])
			SET into.aliases = reduce(acc = coalesce(kept.aliases, []), a IN [from.name] + coalesce(from.aliases, []) |
			      CASE WHEN a IS NULL OR a = into.name OR a IN acc THEN acc ELSE acc + a END),
			    into.ranks = CASE WHEN kept.ranks IS NULL AND from.ranks IS NULL THEN null
			      ELSE reduce(acc = coalesce(kept.ranks, []), r IN coalesce(from.ranks, []) | CASE WHEN r IN acc THEN acc ELSE acc + r END) END
			MERGE (redirect:Redirect {id: from.id})
			SET redirect.survivor = into.id, redirect.label = $label, redirect.curation = $curation
			WITH into, from
			CALL (into, from) {
			  MATCH (earlier:Redirect {survivor: from.id})
			  SET earlier.survivor = into.id
			  RETURN count(*) AS redirected
			}
			DETACH DELETE from
			RETURN into
			""";

	/** Retracted facts and kept-apart pairs of the merged node now concern the survivor. */
	static final String JUDGEMENTS = """
			CALL () {
			  MATCH (f:RetractedFact) WHERE f.from = $from OR f.to = $from
			  WITH f, CASE WHEN f.from = $from THEN $into ELSE f.from END AS a, CASE WHEN f.to = $from THEN $into ELSE f.to END AS b
			  WITH f, a, b, f.type + '|' + a + '|' + b + '|' + coalesce(f.titleKey, '') AS key
			  MERGE (g:RetractedFact {key: key})
			  ON CREATE SET g = properties(f), g.key = key, g.from = a, g.to = b
			  WITH f, g, properties(f) AS props
			  CALL (f, g, props) {
			    WITH g AS n, props WHERE f <> g
			""" + COMBINE.formatted("combined").replace("\n  ", "\n      ") + """
			  }
			  DELETE f
			  RETURN count(*) AS facts
			}
			CALL () {
			  MATCH (k:KeptApart) WHERE k.a = $from OR k.b = $from
			  WITH k, CASE WHEN k.a = $from THEN $into ELSE k.a END AS x, CASE WHEN k.b = $from THEN $into ELSE k.b END AS y
			  WITH k, CASE WHEN x < y THEN x ELSE y END AS a, CASE WHEN x < y THEN y ELSE x END AS b
			  MERGE (g:KeptApart {key: a + '|' + b})
			  ON CREATE SET g.a = a, g.b = b, g.curation = k.curation
			  DELETE k
			  RETURN count(*) AS pairs
			}
			RETURN facts, pairs
			""";

	private MergeStatements() {
	}

	/** Folds {@code $from} into {@code $into}, both of the label given (an entity label of the model, {@link CuratedLabels}). */
	static String fold(NodeLabel label) {
		return "MATCH (into:%1$s {id: $into}), (from:%1$s {id: $from})\n".formatted(label.label()) + MOVE + NODE;
	}
}
