package org.majlis.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows {@link GraphWriter} merges, one per node: two mentions of an article may resolve to one node, and
 * the node then takes from the second what it would have taken from a second report (aliases, ranks, dates).
 */
final class EntityRows {

	private EntityRows() {
	}

	/** One row per id, their aliases united. */
	static List<Map<String, Object>> dedupe(List<Map<String, Object>> rows) {
		return dedupe(rows, (first, again) -> {
		});
	}

	/** One row per person, aliases and ranks united (ranks in the order they would be added one by one). */
	static List<Map<String, Object>> dedupePeople(List<Map<String, Object>> rows) {
		return dedupe(rows, (first, again) -> {
			List<String> ranks = new ArrayList<>(strings(first.get("ranks")));
			strings(again.get("ranks")).stream().filter(rank -> !strings(first.get("ranks")).contains(rank)).forEach(ranks::add);
			first.put("ranks", List.copyOf(ranks));
		});
	}

	/** One row per event, aliases united; a date or the virtual flag the first row lacks comes from the next. */
	static List<Map<String, Object>> dedupeEvents(List<Map<String, Object>> rows) {
		return dedupe(rows, (first, again) -> {
			for (String key : List.of("start", "end", "virtual")) {
				if (first.get(key) == null) {
					first.put(key, again.get(key));
				}
			}
		});
	}

	private interface Combine {

		void into(Map<String, Object> first, Map<String, Object> again);
	}

	private static List<Map<String, Object>> dedupe(List<Map<String, Object>> rows, Combine combine) {
		Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			Map<String, Object> first = byId.putIfAbsent(row.get("id"), row);
			if (first != null) {
				Set<String> aliases = new LinkedHashSet<>(strings(first.get("aliases")));
				aliases.addAll(strings(row.get("aliases")));
				first.put("aliases", List.copyOf(aliases));
				combine.into(first, row);
			}
		}
		return List.copyOf(byId.values());
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return (List<String>) value;
	}
}
