package org.majlis.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.SelectedField;

import org.majlis.common.Paging;

/**
 * The Cypher of one connection: the filtered items in their order, seeking past the cursor on the sort keys and the id
 * ({@code (k1 > $v1) OR (k1 = $v1 AND k2 > $v2) OR … AND id > $id}), {@code first + 1} of them to know whether a
 * next page follows, each with its keys for its cursor; and {@code COUNT { }} of every node the filter admits, only
 * when totalCount is selected.
 */
final class ConnectionCompiler {

	private static final String NODE = "m";

	private final Compilation compilation;
	private final TypeDescription target;

	ConnectionCompiler(Compilation compilation, TypeDescription target) {
		this.compilation = compilation;
		this.target = target;
	}

	@SuppressWarnings("unchecked")
	String compile(String clause, Map<String, String> scope, Map<String, String> roles, Map<String, Object> arguments,
			List<SelectedField> selection, boolean anchored) {
		int first = Paging.pageSize((Integer) arguments.get("first"));
		List<TypeDescription.Order> order = order((List<Map<String, Object>>) arguments.get("orderBy"));
		String signature = target.name() + ":" + String.join(",", order.stream().map(o -> o.key() + (o.descending() ? ".DESC" : ".ASC")).toList());
		Object after = arguments.get("after");
		Cursor cursor = after == null ? null : Cursor.decode(after.toString(), signature, order.size() + 1);

		Map<String, String> local = new HashMap<>(scope);
		local.computeIfAbsent(NODE, compilation::variable);
		Filter.Compiled where = new Filter(compilation, target, local.get(NODE)).compile((Map<String, Object>) arguments.get("where"), anchored);
		String match = where.anchor() != null ? where.anchor() : compilation.bind(clause, local);
		String matched = match + (where.predicate() == null ? "" : " WHERE " + where.predicate());
		Map<String, String> targetScope = new HashMap<>();
		roles.forEach((targetRole, clauseRole) -> targetScope.put(targetRole, local.get(clauseRole)));
		Map<String, String> keyScope = new HashMap<>(targetScope);
		keyScope.put(NODE, local.get(NODE));

		List<String> keys = new ArrayList<>();
		for (TypeDescription.Order o : order) {
			keys.add(Compilation.fill(target.sortKeys().get(o.key()).expression(), keyScope));
		}
		String tie = Compilation.fill(target.tieBreaker(), targetScope);
		String seek = cursor == null ? null : seek(order, keys, tie, cursor);
		List<String> orderBy = new ArrayList<>();
		for (int i = 0; i < order.size(); i++) {
			orderBy.add(keys.get(i) + (order.get(i).descending() ? " DESC" : ""));
		}
		orderBy.add(tie);
		List<String> cursorKeys = new ArrayList<>(keys);
		cursorKeys.add(tie);

		List<SelectedField> nodeFields = nodeFields(selection);
		String page = seek == null ? matched : matched + (where.predicate() == null ? " WHERE " : " AND ") + seek;
		String limit = " LIMIT " + compilation.parameter(first + 1);
		String sorted = " WITH " + Compilation.carried(targetScope) + " ORDER BY " + String.join(", ", orderBy) + limit;
		if (!where.branches().isEmpty()) {
			String bound = cursor == null ? null : bound(order.getFirst(), keys.getFirst(), cursor.keys().getFirst());
			List<String> branches = new ArrayList<>();
			for (Condition.Branch branch : where.branches()) {
				String ordered = branch.leading() == null ? sorted
						: " WITH " + local.get(NODE) + " ORDER BY " + branch.leading() + (order.getFirst().descending() ? " DESC, " : ", ")
								+ String.join(", ", orderBy) + limit;
				branches.add(branch(branch, where.predicate(), seek, bound) + ordered + " RETURN " + local.get(NODE));
			}
			page = "CALL (*) { " + String.join(" UNION ", branches) + " }";
		}
		String rows = "COLLECT { " + page + sorted
				+ " RETURN " + compilation.project(target, targetScope, nodeFields, "__keys: [" + String.join(", ", cursorKeys) + "]") + " }";
		boolean counted = selection.stream().anyMatch(f -> f.getName().equals("totalCount"));
		String total = counted ? "COUNT { " + matched + " }" : "null";
		return "{__rows: " + rows + ", __total: " + total + ", __first: " + compilation.parameter(first) + ", __after: "
				+ (after != null) + ", __order: '" + signature + "'}";
	}

	private List<TypeDescription.Order> order(List<Map<String, Object>> orderBy) {
		if (orderBy == null || orderBy.isEmpty()) {
			return target.defaultOrder();
		}
		List<TypeDescription.Order> order = new ArrayList<>();
		for (Map<String, Object> sort : orderBy) {
			String key = String.valueOf(sort.get("field"));
			if (!target.sortKeys().containsKey(key)) {
				throw new IllegalStateException(target.name() + " has no sort key " + key);
			}
			order.add(new TypeDescription.Order(key, "DESC".equals(String.valueOf(sort.get("direction")))));
		}
		return order;
	}

	/**
	 * One branch of a filter's union ({@link Condition#branches}), to be ordered and limited on its own: its MATCH with
	 * its guard, the other conditions and the seek past the cursor. A branch that an index gives in order (ordered by
	 * its {@code leading} expression first, which its guard fixes, so that Neo4j sees the index's order is the list's and
	 * stops after a page) also gets the bound of the first key that the seek implies ({@code bound}), where the index
	 * seek starts. The seek stands inside a CASE: Neo4j would otherwise answer its OR with a union of index seeks of the
	 * branch's guard, one for each part, which reads the nodes once for each and loses the index's order.
	 */
	private static String branch(Condition.Branch branch, String predicate, String seek, String bound) {
		List<String> conditions = new ArrayList<>();
		for (String condition : new String[] { branch.guard(), predicate, branch.leading() != null ? bound : null,
				seek == null ? null : "CASE WHEN " + seek + " THEN true ELSE false END" }) {
			if (condition != null) {
				conditions.add(condition);
			}
		}
		return branch.match() + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
	}

	/** The first key's bound past a cursor whose first key is {@code value}, for nodes that have it; null when none is. */
	private String bound(TypeDescription.Order first, String key, Object value) {
		return value == null ? null : key + (first.descending() ? " <= " : " >= ") + compilation.parameter(value);
	}

	/** The nodes after the cursor's, in the order: nulls last when ascending and first when descending, as Neo4j sorts. */
	private String seek(List<TypeDescription.Order> order, List<String> keys, String tie, Cursor cursor) {
		List<String> disjuncts = new ArrayList<>();
		List<String> equal = new ArrayList<>();
		for (int i = 0; i <= order.size(); i++) {
			boolean isId = i == order.size();
			String key = isId ? tie : keys.get(i);
			boolean descending = !isId && order.get(i).descending();
			boolean nullable = !isId && target.sortKeys().get(order.get(i).key()).nullable();
			Object value = cursor.keys().get(i);
			String beyond;
			if (value == null) {
				beyond = descending ? key + " IS NOT NULL" : null;
			}
			else {
				String parameter = compilation.parameter(value);
				beyond = descending ? key + " < " + parameter : nullable ? "(" + key + " > " + parameter + " OR " + key + " IS NULL)"
						: key + " > " + parameter;
				equal.add(key + " = " + parameter);
			}
			if (beyond != null) {
				List<String> conjunction = new ArrayList<>(equal.subList(0, value == null ? equal.size() : equal.size() - 1));
				conjunction.add(beyond);
				disjuncts.add("(" + String.join(" AND ", conjunction) + ")");
			}
			if (value == null) {
				equal.add(key + " IS NULL");
			}
		}
		return disjuncts.isEmpty() ? "false" : "(" + String.join(" OR ", disjuncts) + ")";
	}

	/** The fields selected on the nodes of the connection, under every {@code edges { node { … } }} of it. */
	private static List<SelectedField> nodeFields(List<SelectedField> selection) {
		List<SelectedField> out = new ArrayList<>();
		for (SelectedField edges : selection) {
			if (edges.getName().equals("edges")) {
				for (SelectedField nodeField : edges.getSelectionSet().getImmediateFields()) {
					if (nodeField.getName().equals("node")) {
						out.addAll(nodeField.getSelectionSet().getImmediateFields());
					}
				}
			}
		}
		return out;
	}
}
