package org.majlis.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Loads one relation for many nodes in one query, for {@code @BatchMapping}s: the Cypher takes {@code $ids}
 * and returns rows of {@code key} (the id of the node asked about) and {@code value} (what it is related to).
 */
public final class Relations {

	private Relations() {
	}

	/** Every related value of each id, in the order the query returns them; ids without any get an empty list. */
	public static <T> Map<String, List<T>> many(Neo4jClient neo4j, String cypher, Collection<String> ids,
			Function<Value, T> mapper) {
		Map<String, List<T>> out = new LinkedHashMap<>();
		ids.forEach(id -> out.put(id, new ArrayList<>()));
		rows(neo4j, cypher, ids, mapper).forEach(row -> out.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
		return out;
	}

	/** The related value of each id that has one. */
	public static <T> Map<String, T> one(Neo4jClient neo4j, String cypher, Collection<String> ids, Function<Value, T> mapper) {
		Map<String, T> out = new LinkedHashMap<>();
		rows(neo4j, cypher, ids, mapper).forEach(row -> out.putIfAbsent(row.getKey(), row.getValue()));
		return out;
	}

	@SuppressWarnings("unchecked")
	private static <T> Collection<Map.Entry<String, T>> rows(Neo4jClient neo4j, String cypher, Collection<String> ids,
			Function<Value, T> mapper) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Class<Map.Entry<String, T>> entry = (Class<Map.Entry<String, T>>) (Class<?>) Map.Entry.class;
		return neo4j.query(cypher).bind(List.copyOf(ids)).to("ids")
			.fetchAs(entry)
			.mappedBy((types, record) -> Map.entry(record.get("key").asString(), mapper.apply(record.get("value"))))
			.all();
	}

	/** Sources of a relationship value {@code r} (the lists {@code sourceIds}, {@code quotes}, {@code confidences}). */
	public static List<Source> sourcesOf(Value relationship) {
		return Source.fromLists(list(relationship.get("sourceIds")), list(relationship.get("quotes")),
				list(relationship.get("confidences")));
	}

	private static List<Object> list(Value value) {
		return value == null || value.isNull() ? null : value.asList();
	}
}
