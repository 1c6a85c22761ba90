package org.majlis.report;

import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/** Values a query returns, made JSON-friendly: temporals as ISO strings, nodes and relationships as their properties. */
final class ReportValues {

	private ReportValues() {
	}

	static Object json(Object value) {
		return switch (value) {
			case null -> null;
			case Node node -> map(node.asMap());
			case Relationship relationship -> map(relationship.asMap());
			case Path path -> StreamSupport.stream(path.nodes().spliterator(), false)
				.map(node -> map(node.asMap())).toList();
			case List<?> list -> list.stream().map(ReportValues::json).toList();
			case Map<?, ?> map -> map(map);
			case TemporalAccessor temporal -> temporal.toString();
			case IsoDuration duration -> duration.toString();
			case Point point -> point(point);
			case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
			default -> value;
		};
	}

	private static Map<String, Object> map(Map<?, ?> map) {
		Map<String, Object> json = new LinkedHashMap<>();
		map.forEach((key, value) -> json.put(String.valueOf(key), json(value)));
		return json;
	}

	private static Map<String, Object> point(Point point) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("srid", point.srid());
		json.put("x", point.x());
		json.put("y", point.y());
		if (!Double.isNaN(point.z())) {
			json.put("z", point.z());
		}
		return json;
	}
}
