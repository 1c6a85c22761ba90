package org.majlis.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

import org.majlis.common.MatchText;
import org.majlis.common.NodeIds;
import org.majlis.common.PartialDate;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Properties computed from others so that indexes can answer filters: {@code matchText} (normalised names,
 * see {@link MatchText}) on every entity, and {@code startLow}/{@code endHigh} (the date range an event's
 * partial dates can mean) on events. Whoever writes names or dates calls {@link #refresh}; data loaded with
 * plain Cypher (the demo graph, cypher-shell) is brought up to date by {@link #refreshMissing}.
 */
@Service
public class DerivedProperties {

	/** Entity labels by id prefix; the label goes into the Cypher text as a constant, never from input. */
	private static final Map<String, String> LABELS = Map.of(NodeIds.PERSON, "Person", NodeIds.ORGANIZATION, "Organization",
			NodeIds.PLACE, "Place", NodeIds.EVENT, "Event");

	private final Neo4jClient neo4j;

	DerivedProperties(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Recomputes the derived properties of the given nodes. */
	@Transactional
	public void refresh(Collection<String> ids) {
		Map<String, List<String>> byLabel = ids.stream().filter(id -> LABELS.containsKey(NodeIds.kindOf(id)))
			.collect(Collectors.groupingBy(id -> LABELS.get(NodeIds.kindOf(id))));
		byLabel.forEach((label, labelIds) -> update(label, neo4j.query("""
				UNWIND $ids AS id
				MATCH (n:%s {id: id})
				RETURN n
				""".formatted(label)).bind(labelIds).to("ids").fetchAs(Value.class).mappedBy((t, r) -> r.get("n")).all()));
	}

	/** Computes the derived properties of every node that lacks them; answers how many it updated. */
	@Transactional
	public int refreshMissing() {
		int updated = 0;
		for (String label : LABELS.values()) {
			Collection<Value> nodes = neo4j.query("""
					MATCH (n:%s) WHERE n.matchText IS NULL OR (n.startDate IS NOT NULL AND n.startLow IS NULL)
					RETURN n
					""".formatted(label)).fetchAs(Value.class).mappedBy((t, r) -> r.get("n")).all();
			update(label, nodes);
			updated += nodes.size();
		}
		return updated;
	}

	private void update(String label, Collection<Value> nodes) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Value n : nodes) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", n.get("id").asString());
			row.put("matchText", MatchText.of(n.get("name").asString(null), n.get("aliases").asList(Value::asString, List.of()),
					n.get("nameEn").asString(null), n.get("acronym").asString(null)));
			PartialDate start = PartialDate.parseOrNull(n.get("startDate").asString(null));
			PartialDate end = PartialDate.parseOrNull(n.get("endDate").asString(null));
			row.put("startLow", start == null ? null : start.earliest());
			row.put("endHigh", end != null && end.hasYear() ? end.latest() : start == null ? null : start.latest());
			rows.add(row);
		}
		if (!rows.isEmpty()) {
			neo4j.query("""
					UNWIND $rows AS row
					MATCH (n:%s {id: row.id})
					SET n.matchText = row.matchText, n.startLow = row.startLow, n.endHigh = row.endHigh
					""".formatted(label)).bind(rows).to("rows").run();
		}
	}
}
