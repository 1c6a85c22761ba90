package org.majlis.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.majlis.common.NodeIds;

/**
 * The labels and relationship types of the model, and the Cypher fragments built from them. Only these
 * constants and validated integers are ever spliced into Cypher; everything else is a parameter.
 */
final class GraphModel {

	static final String MENTIONED_IN = "MENTIONED_IN";

	/** The model's relationship types between entities (articles excluded). */
	static final List<String> ENTITY_TYPES = List.of("ATTENDED", "HOLDS_POSITION", "ORGANIZED", "HELD_IN", "ABOUT",
			"IN_COUNTRY", "PART_OF");

	static final List<String> ALL_TYPES = concat(ENTITY_TYPES, MENTIONED_IN);

	static final List<String> ENTITY_LABELS = List.of("Person", "Organization", "Place", "Event", "Topic");

	static final List<String> ALL_LABELS = concat(ENTITY_LABELS, "Article");

	private static final Map<String, String> LABEL_OF_KIND = Map.of(NodeIds.PERSON, "Person", NodeIds.ORGANIZATION,
			"Organization", NodeIds.PLACE, "Place", NodeIds.EVENT, "Event", NodeIds.TOPIC, "Topic", NodeIds.ARTICLE, "Article");

	/** Degree in total and by type, read from Neo4j's degree counts, of the node bound to {@code n}. */
	private static final String DEGREES = "degree: COUNT { (n)--() }, byType: {"
			+ ALL_TYPES.stream().map(type -> type + ": COUNT { (n)-[:" + type + "]-() }").collect(Collectors.joining(", "))
			+ "}";

	private GraphModel() {
	}

	private static List<String> concat(List<String> list, String more) {
		List<String> all = new ArrayList<>(list);
		all.add(more);
		return List.copyOf(all);
	}

	/** The label an id's kind prefix stands for, or null for an id of no known kind. */
	static String labelOf(String id) {
		return LABEL_OF_KIND.get(NodeIds.kindOf(id));
	}

	/**
	 * The relationship types asked for: all entity types when none are named, otherwise the named ones, each of
	 * which must be a type of the model.
	 */
	static List<String> types(List<String> requested) {
		if (requested == null || requested.isEmpty()) {
			return ENTITY_TYPES;
		}
		Set<String> types = new LinkedHashSet<>();
		for (String type : requested) {
			if (!ALL_TYPES.contains(type)) {
				throw new IllegalArgumentException("Unknown relationship type " + type + "; known are " + ALL_TYPES);
			}
			types.add(type);
		}
		return List.copyOf(types);
	}

	/** {@code ATTENDED|HOLDS_POSITION|…} for a relationship pattern; the types must come from {@link #types}. */
	static String typeExpression(List<String> types) {
		return String.join("|", types);
	}

	/** {@code Person|Organization|…} for a node pattern. */
	static String labelExpression(List<String> labels) {
		return String.join("|", labels);
	}

	/** A Cypher map expression describing the node bound to {@code n}, read by {@link GraphRows#node}. */
	static String nodeMap() {
		return "{id: n.id, labels: labels(n), props: properties(n), " + DEGREES + "}";
	}

	/** A Cypher map expression describing the relationship bound to {@code r}, read by {@link GraphRows#edge}. */
	static String relMap() {
		return "{type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}";
	}
}
