package org.majlis.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.majlis.common.MatchText;
import org.majlis.common.PartialDate;
import org.majlis.model.NodeLabel;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Properties computed from others so that indexes can answer filters: {@code matchText} (normalised names,
 * see {@link MatchText}) on every entity, {@code startLow}/{@code endHigh} (the date range an event's
 * partial dates can mean) on events, and the countries an event is held in ({@link EventCountries}). Whoever writes
 * names, dates, an event's places or a place's country calls {@link #refresh} (an article {@link #refreshWritten}
 * with the places and countries it gave, a merge {@link #refreshMerged}, a retracted place of an event
 * {@link #refreshCountries}); data loaded with
 * plain Cypher is brought up to date by {@link #completeOnce}: the demo graph right after it is loaded, a store
 * once per {@link #VERSION}, and data written by hand with cypher-shell at the next start with
 * {@code --majlis.store.derive-missing=true}. Nodes that hold them already are not written again.
 */
@Service
public class DerivedProperties {

	/** Raise it when a derived property gains a new kind of node to cover, so that stores are scanned once more. */
	static final int VERSION = 2;

	private final Neo4jClient neo4j;
	private final EventCountries countries;

	DerivedProperties(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.countries = new EventCountries(neo4j);
	}

	/**
	 * Recomputes the derived properties of the given nodes, as the driver answered them after writing them, and the
	 * countries of the events held in a given place that is in a country.
	 */
	@Transactional
	public void refresh(Collection<Value> nodes) {
		update(nodes, false);
	}

	/**
	 * After a write that may have given events places and places countries (an article): the names and dates of the
	 * nodes as {@link #refresh}, but the countries only of the events the write changed, those given a new place or a
	 * new start, and of the events held in or under a place given a new country. The events of a city the write merely
	 * named are not read: their countries cannot have changed.
	 */
	@Transactional
	public void refreshWritten(Collection<Value> nodes, CountryChanges changes) {
		Set<String> events = new LinkedHashSet<>(changes.eventsGivenAPlace());
		events.addAll(writeNamesAndDates(nodes));
		countries.refresh(events, changes.placesGivenACountry(), true);
	}

	/** As {@link #refresh}, for the survivor of a merge: when a place, the countries of every event held in or under it. */
	@Transactional
	public void refreshMerged(Value survivor) {
		update(List.of(survivor), true);
	}

	/** Recomputes the countries of the events with these ids, after one of their places was taken away. */
	@Transactional
	public void refreshCountries(Collection<String> eventIds) {
		countries.refreshIds(eventIds);
	}

	/**
	 * Brings the store's derived properties up to date once: when {@code always} (data was just loaded with plain
	 * Cypher) or when this store has not been scanned for this {@link #VERSION}, computes what is missing and records
	 * the scan; otherwise does nothing, so an up-to-date store starts without scanning every node.
	 */
	@Transactional
	int completeOnce(boolean always, StoreState state) {
		Object scanned = state.meta("derived", "version");
		if (!always && scanned instanceof Number version && version.intValue() == VERSION) {
			return 0;
		}
		int updated = refreshMissing();
		neo4j.query("MERGE (m:MajlisMeta {key: 'derived'}) SET m.version = $version, m.scannedAt = datetime()")
			.bind(VERSION).to("version").run();
		return updated;
	}

	/** Computes the derived properties of every node that lacks them; answers how many it updated. */
	private int refreshMissing() {
		int updated = 0;
		for (NodeLabel label : NodeLabel.entities()) {
			Collection<Value> nodes = neo4j.query("""
					MATCH (n:%s) WHERE n.matchText IS NULL OR (n.startDate IS NOT NULL AND n.startLow IS NULL)
					   OR (n:Event AND n.heldInCountry IS NULL AND n.heldInCountries IS NULL AND EXISTS { (n)-[:HELD_IN]->(:Place) })
					RETURN n
					""".formatted(label.label())).fetchAs(Value.class).mappedBy((t, r) -> r.get("n")).all();
			update(nodes, false);
			updated += nodes.size();
		}
		return updated;
	}

	private void update(Collection<Value> nodes, boolean merged) {
		writeNamesAndDates(nodes);
		countries.refresh(elementsOf(nodes, NodeLabel.EVENT), elementsOf(nodes, NodeLabel.PLACE), merged);
	}

	private static List<String> elementsOf(Collection<Value> nodes, NodeLabel label) {
		return nodes.stream().map(Value::asNode).filter(n -> n.hasLabel(label.label())).map(n -> n.elementId()).toList();
	}

	/**
	 * Writes {@code matchText} and the date bounds of the nodes that do not hold them yet; answers the events among them
	 * whose start bound changed (which decides the shape of their countries).
	 */
	private List<String> writeNamesAndDates(Collection<Value> nodes) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<String> redated = new ArrayList<>();
		for (Value n : nodes) {
			Map<String, Object> row = new HashMap<>();
			row.put("element", n.asNode().elementId());
			row.put("matchText", MatchText.of(n.get("name").asString(null), n.get("aliases").asList(Value::asString, List.of()),
					n.get("nameEn").asString(null), n.get("acronym").asString(null)));
			PartialDate start = PartialDate.parseOrNull(n.get("startDate").asString(null));
			PartialDate end = PartialDate.parseOrNull(n.get("endDate").asString(null));
			row.put("startLow", start == null ? null : start.earliest());
			row.put("endHigh", end != null && end.hasYear() ? end.latest() : start == null ? null : start.latest());
			if (!current(n, row)) {
				rows.add(row);
			}
			if (n.asNode().hasLabel(NodeLabel.EVENT.label()) && !Objects.equals(row.get("startLow"), n.get("startLow").asObject())) {
				redated.add(n.asNode().elementId());
			}
		}
		if (!rows.isEmpty()) {
			neo4j.query("""
					UNWIND $rows AS row
					MATCH (n) WHERE elementId(n) = row.element
					SET n.matchText = row.matchText, n.startLow = row.startLow, n.endHigh = row.endHigh
					""").bind(rows).to("rows").run();
		}
		return redated;
	}

	/** Whether the node already holds the derived properties of the row: then writing them again is skipped. */
	private static boolean current(Value node, Map<String, Object> row) {
		return row.get("matchText").equals(node.get("matchText").asString(null))
				&& Objects.equals(row.get("startLow"), node.get("startLow").asObject())
				&& Objects.equals(row.get("endHigh"), node.get("endHigh").asObject());
	}
}
