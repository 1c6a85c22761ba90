package org.majlis.query;

import java.util.List;
import java.util.function.Function;

/**
 * One field of a where input: a Cypher predicate over {@code {m}} with the value as {@code {v}}, the value as the
 * engine passes it ({@code value} turns the GraphQL argument into a Cypher parameter, null to leave the condition out),
 * and, for a condition that names one node, the MATCH that starts a root list from that node ({@code anchor}, with
 * {@code {m}} and {@code {v}}; null when a scan with the predicate is as good). When {@code mergedId}, the value is the
 * id of a node that may have been merged into another, and the survivor's id is used. A root list that starts from
 * that node may instead take the union of {@code branches} (when there are any): each a MATCH of its own, together
 * admitting exactly the nodes the predicate admits, so that one of them can be an index seek in the list's order.
 */
public record Condition(String predicate, Function<Object, Object> value, String anchor, boolean mergedId, List<Branch> branches) {

	/**
	 * One way to the nodes of a condition: a MATCH of {@code {m}} with the value as {@code {v}} (and a fresh variable
	 * for {@code {place}}, if used), a predicate that goes with it (or null), and, for a branch an index gives in the
	 * list's order, {@code leading}: the expression its guard fixes to one value and that index is ordered by first
	 * (null for others). A leading branch's nodes must have every sort key of their type.
	 */
	public record Branch(String match, String guard, String leading) {
	}

	public Condition {
		branches = List.copyOf(branches);
	}

	public static Condition of(String predicate) {
		return new Condition(predicate, Function.identity(), null, false, List.of());
	}

	public static Condition of(String predicate, Function<Object, Object> value) {
		return new Condition(predicate, value, null, false, List.of());
	}

	/** A condition on the id of a node that analysts may merge: a root list starts from that node. */
	public static Condition onNode(String predicate, String anchor) {
		return new Condition(predicate, Function.identity(), anchor, true, List.of());
	}

	/** This condition, starting a root list from the union of these branches instead of its anchor. */
	public Condition branchingInto(Branch... ways) {
		return new Condition(predicate, value, anchor, mergedId, List.of(ways));
	}

	/** Words of a name, alias, English name or acronym: Arabic regardless of hamza and diacritics (the {@code matchText} index). */
	public static Condition words() {
		return of("all(w IN {v} WHERE {m}.matchText CONTAINS w)", value -> {
			java.util.List<String> words = org.majlis.common.ArabicText.tokens(value.toString());
			return words.isEmpty() ? null : words;
		});
	}

	/** The key of a topic given by its key or its id ({@code topic:cybercrime}). */
	public static Object topicKey(Object value) {
		String key = value.toString().replaceFirst("^topic:", "");
		return key.isBlank() ? null : key;
	}

	public Condition anchoredBy(String anchorClause) {
		return new Condition(predicate, value, anchorClause, mergedId, branches);
	}
}
