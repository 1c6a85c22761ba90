package org.majlis.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.majlis.model.NodeLabel;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The judgements on a set of ids read in one statement, through the unique and range indexes of {@link Redirects} and
 * {@link KeptApartPairs}: the survivor of each merged-away id, the nodes kept apart from each id or its survivor, and
 * the names of every node these name, so that a reader needs no second look-up to choose among them.
 */
@Component
class JudgedIds {

	/** A node of an entity label by its id, one unique-index seek per label. */
	private static final String NODE = NodeLabel.entities().stream()
		.map(label -> "MATCH (n:%s {id: id}) RETURN n".formatted(label.label()))
		.collect(Collectors.joining("\n    UNION\n    "));

	private static final String JUDGED = """
			UNWIND $ids AS id
			OPTIONAL MATCH (r:Redirect {id: id})
			WITH collect({id: id, survivor: r.survivor}) AS asked
			WITH [a IN asked WHERE a.survivor IS NOT NULL] AS redirects,
			     [a IN asked | a.id] + [a IN asked WHERE a.survivor IS NOT NULL | a.survivor] AS judged
			CALL (judged) {
			  UNWIND judged AS id
			  WITH DISTINCT id
			  CALL (id) {
			    MATCH (k:KeptApart {a: id}) RETURN k.b AS partner
			    UNION
			    MATCH (k:KeptApart {b: id}) RETURN k.a AS partner
			  }
			  RETURN collect({id: id, partner: partner}) AS pairs
			}
			CALL (judged, pairs) {
			  UNWIND judged + [p IN pairs | p.partner] AS id
			  WITH DISTINCT id
			  CALL (id) {
			    %s
			  }
			  RETURN collect({id: n.id, name: n.name, aliases: n.aliases}) AS nodes
			}
			RETURN redirects, pairs, nodes
			""".formatted(NODE);

	private final Neo4jClient neo4j;

	JudgedIds(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Judgements.Judged of(Collection<String> ids) {
		if (ids.isEmpty()) {
			return new Judgements.Judged(Map.of(), Map.of(), Map.of());
		}
		Map<String, Object> row = neo4j.query(JUDGED).bind(List.copyOf(ids)).to("ids").fetch().one().orElseThrow();
		Map<String, String> survivors = new LinkedHashMap<>();
		maps(row.get("redirects")).forEach(r -> survivors.put((String) r.get("id"), (String) r.get("survivor")));
		Map<String, List<String>> partners = new LinkedHashMap<>();
		maps(row.get("pairs")).forEach(p -> partners.computeIfAbsent((String) p.get("id"), id -> new ArrayList<>()).add((String) p.get("partner")));
		Map<String, Judgements.Names> nodes = new HashMap<>();
		for (Map<String, Object> node : maps(row.get("nodes"))) {
			@SuppressWarnings("unchecked")
			List<String> aliases = (List<String>) node.get("aliases");
			nodes.put((String) node.get("id"), new Judgements.Names((String) node.get("name"), aliases == null ? List.of() : aliases));
		}
		partners.replaceAll((id, list) -> List.copyOf(list));
		return new Judgements.Judged(survivors, partners, nodes);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		return (List<Map<String, Object>>) value;
	}
}
