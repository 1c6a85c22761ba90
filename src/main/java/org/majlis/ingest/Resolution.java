package org.majlis.ingest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The graph id each mention of an article resolved to (by the mention's article-local ref), and which of
 * those ids are new nodes rather than merges into nodes the graph already held.
 */
final class Resolution {

	private final Map<String, String> idsByRef = new LinkedHashMap<>();
	private final Set<String> created = new LinkedHashSet<>();
	private final Set<String> merged = new LinkedHashSet<>();
	private final Set<String> knownBodies = new java.util.HashSet<>();
	private final Map<String, String> namesInGraph = new HashMap<>();

	void put(String ref, String id, boolean existed) {
		idsByRef.put(ref, id);
		(existed ? merged : created).add(id);
		if (existed) {
			created.remove(id);
		}
	}

	/** Moves a mention to another node the graph holds (a merge's survivor, a node kept apart from the first choice). */
	void move(String ref, String id) {
		String before = idsByRef.put(ref, id);
		merged.add(id);
		created.remove(id);
		if (before != null && !before.equals(id) && !idsByRef.containsValue(before)) {
			created.remove(before);
			merged.remove(before);
		}
	}

	/**
	 * Moves a body's mention to the node the graph knows its holder's office in: that node keeps its own country, and
	 * the one the article assumed for the body is not written.
	 */
	void moveToKnownBody(String ref, String id) {
		move(ref, id);
		knownBodies.add(ref);
	}

	/** True when the mention was moved to the body the graph knows its holder's office in ({@link #moveToKnownBody}). */
	boolean knownBody(String ref) {
		return knownBodies.contains(ref);
	}

	/** The refs of the mentions, in the order they were resolved. */
	java.util.Set<String> refs() {
		return idsByRef.keySet();
	}

	/** True when the mention resolved to a node the graph already held. */
	boolean existed(String ref) {
		String id = id(ref);
		return id != null && merged.contains(id) && !created.contains(id);
	}

	/** Records that the graph holds a node of this id, named so (null where it has no name). */
	void inGraph(String id, String name) {
		namesInGraph.put(id, name);
	}

	/** True when the graph holds the node of this id (as far as the judgements' look-up saw: every id resolved to). */
	boolean inGraph(String id) {
		return namesInGraph.containsKey(id);
	}

	/** The name the graph holds for the node of this id, or null. */
	String nameInGraph(String id) {
		return namesInGraph.get(id);
	}

	String id(String ref) {
		return ref == null ? null : idsByRef.get(ref);
	}

	int createdCount() {
		return created.size();
	}

	int mergedCount() {
		return (int) merged.stream().filter(id -> !created.contains(id)).count();
	}
}
