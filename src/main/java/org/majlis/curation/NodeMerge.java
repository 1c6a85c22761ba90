package org.majlis.curation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.model.NodeLabel;
import org.majlis.store.DerivedProperties;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Merges nodes of one label into a survivor inside the caller's transaction, after checking everything first:
 * an unknown or already merged id, mixed labels, a node merged into itself or a kept-apart pair is a BAD_REQUEST
 * that changes nothing. The survivor's derived properties (names to match, date ranges, the countries of an event or,
 * for a place, of the events held in it) are computed anew.
 */
@Component
class NodeMerge {

	private static final String EXISTING = "MATCH (n:%s) WHERE n.id IN $ids RETURN n.id";

	private final Neo4jClient neo4j;
	private final Redirects redirects;
	private final KeptApartPairs keptApart;
	private final DerivedProperties derived;

	NodeMerge(Neo4jClient neo4j, Redirects redirects, KeptApartPairs keptApart, DerivedProperties derived) {
		this.neo4j = neo4j;
		this.redirects = redirects;
		this.keptApart = keptApart;
		this.derived = derived;
	}

	/** Checks a merge and answers the ids it concerns, the survivor first. */
	List<String> check(String into, List<String> from) {
		List<String> subjects = nodes(into, from);
		for (List<String> pair : keptApart.among(subjects)) {
			throw new IllegalArgumentException(pair.get(0) + " and " + pair.get(1) + " are kept apart; they are not merged");
		}
		return subjects;
	}

	/**
	 * Checks that the ids name distinct existing nodes of one label, none merged away; answers them, {@code first}
	 * first.
	 */
	List<String> nodes(String into, List<String> from) {
		if (into == null || into.isBlank() || from == null || from.isEmpty()) {
			throw new IllegalArgumentException("A curation needs a node and at least one other node");
		}
		Set<String> subjects = new LinkedHashSet<>();
		subjects.add(into);
		for (String id : from) {
			if (id.equals(into)) {
				throw new IllegalArgumentException("A node cannot be merged into (or kept apart from) itself: " + id);
			}
			subjects.add(id);
		}
		NodeLabel label = CuratedLabels.common(subjects);
		Map<String, String> merged = redirects.survivors(subjects);
		if (!merged.isEmpty()) {
			var first = merged.entrySet().iterator().next();
			throw new IllegalArgumentException(first.getKey() + " was merged into " + first.getValue() + " already");
		}
		Set<String> existing = existing(label, subjects);
		List<String> unknown = subjects.stream().filter(id -> !existing.contains(id)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("No " + label.label() + " has the id " + String.join(", ", unknown));
		}
		return List.copyOf(subjects);
	}

	/** The ids among these that are nodes of the label. */
	Set<String> existing(NodeLabel label, Collection<String> ids) {
		return new LinkedHashSet<>(neo4j.query(EXISTING.formatted(label.label())).bind(List.copyOf(ids)).to("ids").fetchAs(String.class).all());
	}

	/** Folds every node after the first of {@code subjects} (as {@link #check} answered them) into the first. */
	void merge(List<String> subjects, String curationId) {
		String into = subjects.getFirst();
		NodeLabel label = CuratedLabels.ofId(into);
		Value survivor = null;
		for (String from : subjects.subList(1, subjects.size())) {
			neo4j.query(MergeStatements.JUDGEMENTS).bind(into).to("into").bind(from).to("from").run();
			survivor = neo4j.query(MergeStatements.fold(label)).bind(into).to("into").bind(from).to("from").bind(label.label()).to("label")
				.bind(curationId).to("curation").fetchAs(Value.class).mappedBy((t, r) -> r.get("into")).one().orElseThrow();
		}
		derived.refreshMerged(survivor);
	}
}
