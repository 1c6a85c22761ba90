package org.majlis.graph;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.NodeIds;
import org.majlis.model.InternalProperties;
import org.majlis.model.NodeLabel;
import org.majlis.model.RelType;
import org.neo4j.driver.Value;

/** Reads the maps of {@link GraphModel#nodeMap()} and {@link GraphModel#relMap()} into nodes and edges. */
final class GraphRows {

	private static final Set<String> INTERNAL_NODE_PROPERTIES = Set.copyOf(InternalProperties.HIDDEN_NODE_PROPERTIES);

	/** Kept on an edge as one count of sources instead. */
	private static final Set<String> SOURCE_LISTS = Set.copyOf(InternalProperties.FACT_SOURCES);

	private GraphRows() {
	}

	/** The node of a {@link GraphModel#nodeMap()} row, labelled with the first of its labels that is one of {@code modelLabels}. */
	static GraphNode node(Value value, List<String> modelLabels) {
		List<String> labels = value.get("labels").asList(Value::asString);
		String label = modelLabels.stream().filter(labels::contains).findFirst()
			.orElse(labels.isEmpty() ? "" : labels.getFirst());
		Map<String, Object> properties = new LinkedHashMap<>();
		value.get("props").asMap(GraphRows::plain).forEach((key, property) -> {
			if (!INTERNAL_NODE_PROPERTIES.contains(key)) {
				properties.put(key, property);
			}
		});
		Map<String, Integer> byType = new LinkedHashMap<>();
		value.get("byType").asMap(Value::asInt).forEach((type, count) -> {
			if (count > 0) {
				byType.put(type, count);
			}
		});
		String id = value.get("id").asString();
		return new GraphNode(id, label, caption(label, properties, id), properties, value.get("degree").asInt(), byType);
	}

	private static String caption(String label, Map<String, Object> properties, String id) {
		List<String> keys = NodeLabel.ARTICLE.label().equals(label) ? List.of("title", "url") : List.of("nameEn", "name");
		return keys.stream().map(properties::get).filter(v -> v instanceof String s && !s.isBlank())
			.map(String.class::cast).findFirst().orElse(id);
	}

	static GraphEdge edge(Value value) {
		String type = value.get("type").asString();
		String source = value.get("source").asString();
		String target = value.get("target").asString();
		Map<String, Object> all = value.get("props").asMap(GraphRows::plain);
		Map<String, Object> properties = new LinkedHashMap<>();
		all.forEach((key, property) -> {
			if (!SOURCE_LISTS.contains(key)) {
				properties.put(key, property);
			}
		});
		if (all.get(InternalProperties.SOURCE_IDS) instanceof List<?> sources) {
			properties.put("sources", sources.size());
		}
		return new GraphEdge(edgeId(type, source, target, properties), source, target, type, properties);
	}

	/** {@code TYPE:source->target}; a person may hold two offices at one organisation, so offices add their title. */
	static String edgeId(String type, String source, String target, Map<String, Object> properties) {
		String id = type + ":" + source + "->" + target;
		if (RelType.HOLDS_POSITION.name().equals(type)) {
			Object title = properties.get("titleEn") instanceof String en && !en.isBlank() ? en : properties.get("title");
			String key = title == null ? "" : NodeIds.slug(title.toString());
			return id + "#" + (key.isEmpty() && title != null ? title.toString() : key);
		}
		return id;
	}

	/** A property value as plain JSON-friendly Java: temporal values as ISO strings, lists element by element. */
	static Object plain(Value value) {
		Object object = value.asObject();
		return plainObject(object);
	}

	private static Object plainObject(Object object) {
		if (object instanceof TemporalAccessor temporal) {
			return temporal.toString();
		}
		if (object instanceof List<?> list) {
			return list.stream().map(GraphRows::plainObject).toList();
		}
		return object;
	}
}
