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

/** Reads the maps of {@link GraphModel#nodeMap} and {@link GraphModel#relMap} (as the driver's {@code asObject} gives them) into nodes and edges. */
final class GraphRows {

	private static final Set<String> INTERNAL_NODE_PROPERTIES = Set.copyOf(InternalProperties.HIDDEN_NODE_PROPERTIES);

	/** Kept on an edge as one count of sources instead. */
	private static final Set<String> SOURCE_LISTS = Set.copyOf(InternalProperties.FACT_SOURCES);

	private GraphRows() {
	}

	/**
	 * The node of a {@link GraphModel#nodeMap} map, labelled with the first of its labels that is one of {@code modelLabels};
	 * its degree by type is empty when the map left it out.
	 */
	@SuppressWarnings("unchecked")
	static GraphNode node(Object value, List<String> modelLabels) {
		Map<String, Object> map = (Map<String, Object>) value;
		List<Object> labels = (List<Object>) map.get("labels");
		String label = modelLabels.stream().filter(labels::contains).findFirst()
			.orElse(labels.isEmpty() ? "" : (String) labels.getFirst());
		Map<String, Object> properties = new LinkedHashMap<>();
		((Map<String, Object>) map.get("props")).forEach((key, property) -> {
			if (!INTERNAL_NODE_PROPERTIES.contains(key)) {
				properties.put(key, plain(property));
			}
		});
		Map<String, Integer> byType = new LinkedHashMap<>();
		((Map<String, Object>) map.getOrDefault("byType", Map.of())).forEach((type, count) -> {
			if (((Number) count).intValue() > 0) {
				byType.put(type, ((Number) count).intValue());
			}
		});
		String id = (String) map.get("id");
		return new GraphNode(id, label, caption(label, properties, id), properties, ((Number) map.get("degree")).intValue(), byType);
	}

	private static String caption(String label, Map<String, Object> properties, String id) {
		List<String> keys = NodeLabel.ARTICLE.label().equals(label) ? List.of("title", "url") : List.of("nameEn", "name");
		return keys.stream().map(properties::get).filter(v -> v instanceof String s && !s.isBlank())
			.map(String.class::cast).findFirst().orElse(id);
	}

	/** The edge of a {@link GraphModel#relMap} map: its source lists kept as one count of sources. */
	@SuppressWarnings("unchecked")
	static GraphEdge edge(Object value) {
		Map<String, Object> map = (Map<String, Object>) value;
		String type = (String) map.get("type");
		String source = (String) map.get("source");
		String target = (String) map.get("target");
		Map<String, Object> all = (Map<String, Object>) map.get("props");
		Map<String, Object> properties = new LinkedHashMap<>();
		all.forEach((key, property) -> {
			if (!SOURCE_LISTS.contains(key)) {
				properties.put(key, plain(property));
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

	/** A property value (as the driver's {@code asObject} gives it) as plain JSON-friendly Java: temporal values as ISO strings, lists element by element. */
	private static Object plain(Object object) {
		if (object instanceof TemporalAccessor temporal) {
			return temporal.toString();
		}
		if (object instanceof List<?> list) {
			return list.stream().map(GraphRows::plain).toList();
		}
		return object;
	}
}
