package org.majlis.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.majlis.model.RelType;
import org.majlis.query.TypeDescription;
import org.majlis.query.TypeDescription.NodeKind;
import org.majlis.query.TypeDescriptions;

import org.springframework.stereotype.Component;

/**
 * The labels and relationship types explorers see: the graph model's types ({@link RelType}), the labels of the modules'
 * type descriptions (entities and sources, not records), and the Cypher fragments built from them. Only these names and validated integers are ever spliced into Cypher; everything else is a parameter.
 */
@Component
class GraphModel {

	private final TypeDescriptions descriptions;

	/** The model's relationship types between entities (articles excluded). */
	final List<String> entityTypes;

	final List<String> allTypes;

	final List<String> entityLabels;

	final List<String> allLabels;


	GraphModel(TypeDescriptions descriptions) {
		this.descriptions = descriptions;
		this.allTypes = RelType.names().stream().sorted().toList();
		this.entityTypes = RelType.entityTypes().stream().map(RelType::name).sorted().toList();
		this.entityLabels = descriptions.labels(NodeKind.ENTITY);
		this.allLabels = descriptions.labels(NodeKind.ENTITY, NodeKind.SOURCE);
	}

	/** The label an id's kind prefix stands for, or null for an id of no known kind (or of a record, such as a curation). */
	String labelOf(String id) {
		return descriptions.ofId(id).map(TypeDescription::label).filter(allLabels::contains).orElse(null);
	}

	/**
	 * The relationship types asked for: all entity types when none are named, otherwise the named ones, each of
	 * which must be a type of the model.
	 */
	List<String> types(List<String> requested) {
		if (requested == null || requested.isEmpty()) {
			return entityTypes;
		}
		Set<String> types = new LinkedHashSet<>();
		for (String type : requested) {
			if (!allTypes.contains(type)) {
				throw new IllegalArgumentException("Unknown relationship type " + type + "; known are " + allTypes);
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

	/**
	 * A Cypher map expression describing the node bound to {@code n}, read by {@link GraphRows#node}: with its degree in
	 * total and by type, read from Neo4j's degree counts.
	 */
	String nodeMap(String n) {
		return nodeMap(n, true);
	}

	/** {@link #nodeMap(String)}, leaving out the degree by type (a count per type) when it is not asked for. */
	String nodeMap(String n, boolean degreeByType) {
		return "{id: " + n + ".id, labels: labels(" + n + "), props: properties(" + n + "), degree: COUNT { (" + n + ")--() }"
				+ (degreeByType ? ", byType: {" + allTypes.stream().map(type -> type + ": COUNT { (" + n + ")-[:" + type + "]-() }")
					.collect(Collectors.joining(", ")) + "}" : "") + "}";
	}

	/** A Cypher map expression describing the relationship bound to {@code r}, read by {@link GraphRows#edge}. */
	static String relMap(String r) {
		return "{type: type(" + r + "), source: startNode(" + r + ").id, target: endNode(" + r + ").id, props: properties(" + r + ")}";
	}
}
