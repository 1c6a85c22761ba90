package org.majlis.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Cypher predicate of a where input over the node {@code node}: its fields combine with AND, {@code AND} and
 * {@code OR} combine whole filters, {@code NOT} negates one; absent and null fields leave no trace. For a root list,
 * the first top-level condition that names one node (an attendee, a topic …) starts the match from that node.
 */
final class Filter {

	/**
	 * The predicate (null when everything passes), the MATCH that replaces the list's own, if any, and the branches
	 * whose union may replace that MATCH (empty when the anchoring condition has none).
	 */
	record Compiled(String predicate, String anchor, List<Condition.Branch> branches) {
	}

	private final Compilation compilation;
	private final TypeDescription type;
	private final String node;

	Filter(Compilation compilation, TypeDescription type, String node) {
		this.compilation = compilation;
		this.type = type;
		this.node = node;
	}

	Compiled compile(Map<String, Object> where, boolean anchored) {
		if (where == null) {
			return new Compiled(null, null, List.of());
		}
		String anchor = null;
		String anchoredField = null;
		List<Condition.Branch> branches = List.of();
		if (anchored) {
			for (Map.Entry<String, Condition> entry : type.conditions().entrySet()) {
				Object value = where.get(entry.getKey());
				Object parameter = value == null ? null : entry.getValue().value().apply(value);
				if (entry.getValue().anchor() != null && parameter != null) {
					String reference = reference(entry.getValue(), parameter);
					anchor = Compilation.fill(entry.getValue().anchor(), Map.of("m", node, "v", reference));
					anchoredField = entry.getKey();
					branches = entry.getValue().branches().stream().map(branch -> fill(branch, reference)).toList();
					break;
				}
			}
		}
		return new Compiled(predicate(where, anchoredField), anchor, branches);
	}

	private Condition.Branch fill(Condition.Branch branch, String reference) {
		Map<String, String> scope = Map.of("m", node, "v", reference, "place", compilation.variable("place"));
		return new Condition.Branch(Compilation.fill(branch.match(), scope),
				branch.guard() == null ? null : Compilation.fill(branch.guard(), scope),
				branch.leading() == null ? null : Compilation.fill(branch.leading(), scope));
	}

	@SuppressWarnings("unchecked")
	private String predicate(Map<String, Object> where, String skipped) {
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, Object> entry : where.entrySet()) {
			Object value = entry.getValue();
			if (value == null || entry.getKey().equals(skipped)) {
				continue;
			}
			switch (entry.getKey()) {
				case "AND" -> combine((List<Map<String, Object>>) value, " AND ", parts);
				case "OR" -> combine((List<Map<String, Object>>) value, " OR ", parts);
				case "NOT" -> {
					String inner = predicate((Map<String, Object>) value, null);
					parts.add(inner == null ? "false" : "NOT (" + inner + ")");
				}
				default -> {
					Condition condition = type.conditions().get(entry.getKey());
					if (condition == null) {
						throw new IllegalStateException(type.name() + " has no condition " + entry.getKey());
					}
					Object parameter = condition.value().apply(value);
					if (parameter != null) {
						parts.add(Compilation.fill(condition.predicate(), Map.of("m", node, "v", reference(condition, parameter))));
					}
				}
			}
		}
		return parts.isEmpty() ? null : parts.size() == 1 ? parts.getFirst() : "(" + String.join(" AND ", parts) + ")";
	}

	/** Filters joined by AND or OR; a filter that admits everything makes an OR admit everything and drops out of an AND. */
	private void combine(List<Map<String, Object>> filters, String operator, List<String> parts) {
		List<String> predicates = new ArrayList<>();
		for (Map<String, Object> filter : filters) {
			String predicate = filter == null ? null : predicate(filter, null);
			if (predicate == null) {
				if (operator.equals(" OR ")) {
					return;
				}
				continue;
			}
			predicates.add(predicate);
		}
		if (!predicates.isEmpty()) {
			parts.add("(" + String.join(operator, predicates) + ")");
		}
	}

	private String reference(Condition condition, Object parameter) {
		return condition.mergedId() ? compilation.mergedId(parameter) : compilation.parameter(parameter);
	}
}
