package org.majlis.common;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns relation look-ups by id into the parent-keyed maps that {@code @BatchMapping} methods return. */
public final class Batches {

	private Batches() {
	}

	/** For single-valued fields: parents without a value are left out (GraphQL null). */
	public static <P, V> Map<P, V> byId(List<P> parents, Function<P, String> idOf,
			Function<Collection<String>, Map<String, V>> lookup) {
		Map<String, V> values = lookup.apply(parents.stream().map(idOf).distinct().toList());
		Map<P, V> out = new LinkedHashMap<>();
		for (P parent : parents) {
			V value = values.get(idOf.apply(parent));
			if (value != null) {
				out.put(parent, value);
			}
		}
		return out;
	}

	/** For list fields: every parent gets a list, empty when it has no values. */
	public static <P, V> Map<P, List<V>> listsById(List<P> parents, Function<P, String> idOf,
			Function<Collection<String>, Map<String, List<V>>> lookup) {
		Map<String, List<V>> values = lookup.apply(parents.stream().map(idOf).distinct().toList());
		Map<P, List<V>> out = new LinkedHashMap<>();
		for (P parent : parents) {
			out.put(parent, values.getOrDefault(idOf.apply(parent), List.of()));
		}
		return out;
	}

	/** The values by their id, first one kept when two share an id. */
	public static <T> Map<String, T> indexById(Collection<T> values, Function<T, String> idOf) {
		Map<String, T> out = new LinkedHashMap<>();
		values.forEach(value -> out.putIfAbsent(idOf.apply(value), value));
		return out;
	}
}
