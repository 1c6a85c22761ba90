package org.majlis.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.SelectedField;

/**
 * One statement being compiled from a selection set: the Cypher expressions of the answer's maps, the parameters
 * their values go into, and the bindings the statement starts with (merged ids resolved once). The text depends only
 * on the shape of the selection; every value the client sent is a parameter.
 */
public final class Compilation {

	private static final Pattern ROLE = Pattern.compile("\\{([a-z]+)}");

	private final TypeDescriptions types;
	private final MergedIds mergedIds;
	private final int listCeiling;
	private final Map<String, Object> parameters = new LinkedHashMap<>();
	private final List<String> bindings = new ArrayList<>();
	private int variables;

	Compilation(TypeDescriptions types, MergedIds mergedIds, int listCeiling) {
		this.types = types;
		this.mergedIds = mergedIds;
		this.listCeiling = listCeiling;
	}

	/** The statement that returns {@code expression} as its one column {@code result}. */
	String statement(String expression) {
		return statement(List.of(expression));
	}

	/**
	 * The statement that returns each expression as a column of its own, in order ({@code result}, {@code result1} …):
	 * the root fields of one request, their merged ids bound once at the start.
	 */
	String statement(List<String> expressions) {
		List<String> columns = new ArrayList<>();
		for (int i = 0; i < expressions.size(); i++) {
			columns.add(expressions.get(i) + " AS result" + (i == 0 ? "" : String.valueOf(i)));
		}
		return (bindings.isEmpty() ? "" : "WITH " + String.join(", ", bindings) + "\n") + "RETURN " + String.join(", ", columns);
	}

	Map<String, Object> parameters() {
		return parameters;
	}

	/** A new parameter holding this value: its {@code $name}. */
	public String parameter(Object value) {
		String name = "p" + parameters.size();
		parameters.put(name, value);
		return "$" + name;
	}

	/** A variable bound once at the start of the statement to the surviving id of the id in {@code value}. */
	public String mergedId(Object value) {
		String variable = "id" + bindings.size();
		bindings.add(mergedIds.survivorOf(parameter(value)) + " AS " + variable);
		return variable;
	}

	/** A fresh Cypher variable. */
	public String variable(String role) {
		return role + "_" + variables++;
	}

	public TypeDescriptions types() {
		return types;
	}

	/** The map of the selected fields of a node of this type bound to {@code variable}. */
	public String node(TypeDescription type, String variable, List<SelectedField> fields) {
		return project(type, Map.of("n", variable), fields, null);
	}

	/**
	 * The map of a node of any described label bound to {@code variable}, for a field whose type is an interface: each
	 * label gets the fields selected on its type (fragments included) and {@code __typename}.
	 */
	public String anyNode(String variable, List<SelectedField> fields) {
		StringBuilder out = new StringBuilder("CASE");
		for (TypeDescription type : types.nodeTypes()) {
			out.append(" WHEN ").append(variable).append(':').append(type.label()).append(" THEN ")
				.append(project(type, Map.of("n", variable), fields, null));
		}
		return out.append(" END").toString();
	}

	/** The labels of the described node types, for a WHERE that keeps only nodes the API can show. */
	public String isAnyNode(String variable) {
		return String.join(" OR ", types.nodeTypes().stream().map(type -> variable + ":" + type.label()).toList());
	}

	/** A root list: the connection over every node of {@code target} that the field's where admits. */
	public String rootConnection(TypeDescription target, graphql.schema.DataFetchingEnvironment environment) {
		return new ConnectionCompiler(this, target).compile("MATCH ({m}:" + target.label() + ")", Map.of(), Map.of("n", "m"),
				environment.getArguments(), environment.getSelectionSet().getImmediateFields(), true);
	}

	int listCeiling() {
		return listCeiling;
	}

	/**
	 * The Cypher map of the fields of {@code type} selected in {@code fields}, reading the roles of {@code scope}: for a
	 * node, a map projection ({@code n {.name, .nameEn, positions: …}}), which reads the node's properties at once.
	 */
	String project(TypeDescription type, Map<String, String> scope, List<SelectedField> fields, String extra) {
		List<String> entries = new ArrayList<>();
		java.util.Set<String> keys = new java.util.HashSet<>();
		String node = type.label() != null ? scope.get("n") : null;
		for (SelectedField field : fields) {
			if (field.getName().startsWith("__") || !appliesTo(field, type.graphQlType()) || !keys.add(field.getResultKey())) {
				continue;
			}
			FieldReader reader = type.fields().get(field.getName());
			if (reader == null) {
				throw new IllegalStateException(type.name() + "." + field.getName() + " is not described for the query engine");
			}
			if (node != null && reader instanceof FieldReader.Value value && value.expression().equals("{n}." + field.getResultKey())) {
				entries.add("." + field.getResultKey());
			}
			else {
				entries.add("`" + field.getResultKey() + "`: " + read(reader, scope, field));
			}
		}
		if (type.label() != null) {
			entries.add("__typename: '" + type.graphQlType() + "'");
		}
		if (extra != null) {
			entries.add(extra);
		}
		return (node != null ? node + " " : "") + "{" + String.join(", ", entries) + "}";
	}

	private static boolean appliesTo(SelectedField field, String typeName) {
		List<String> on = field.getObjectTypeNames();
		return on == null || on.isEmpty() || on.contains(typeName);
	}

	private String read(FieldReader reader, Map<String, String> scope, SelectedField field) {
		return switch (reader) {
			case FieldReader.Value value -> fill(value.expression(), scope);
			case FieldReader.Bound bound -> {
				Map<String, String> targetScope = new HashMap<>();
				bound.roles().forEach((targetRole, ownRole) -> targetScope.put(targetRole, scope.get(ownRole)));
				yield project(types.get(bound.target()), targetScope, field.getSelectionSet().getImmediateFields(), null);
			}
			case FieldReader.Link link -> link(link, scope, field);
			case FieldReader.Paged paged -> new ConnectionCompiler(this, types.get(paged.target())).compile(paged.clause(), scope, paged.roles(),
					field.getArguments(), field.getSelectionSet().getImmediateFields(), false);
		};
	}

	/** The key of the map that holds a one-object relation's list of at most one map ({@link #link}). */
	static final String ONE = "__one";

	/**
	 * A relation's maps: a list ordered and capped at the ceiling (plus one, to tell when it outgrows it), or for one
	 * object {@code {__one: COLLECT { … LIMIT 1 }}}, which {@link MapFieldFetcher} reads as its item or null. Not
	 * {@code head(COLLECT { … })}: Neo4j plans a subquery inside a function call as a nested plan, past which its planner
	 * (2026.08) forgets the properties it read from an index seek below, and when that seek gives the order of the
	 * page it refuses its own plan where assertions are on ({@code m_0.startLow should not appear non-cached}); a
	 * COLLECT that is itself the value of a map entry becomes a RollUpApply, which keeps them.
	 */
	private String link(FieldReader.Link link, Map<String, String> scope, SelectedField field) {
		Map<String, String> local = new HashMap<>(scope);
		String clause = bind(link.clause(), local);
		Map<String, String> targetScope = new HashMap<>();
		link.roles().forEach((targetRole, clauseRole) -> targetScope.put(targetRole, local.get(clauseRole)));
		String projection = project(types.get(link.target()), targetScope, field.getSelectionSet().getImmediateFields(), null);
		if (!link.many()) {
			return "{" + ONE + ": COLLECT { " + clause + " RETURN " + projection + " LIMIT 1 }}";
		}
		String order = link.order().isEmpty() ? "" : " ORDER BY " + String.join(", ", link.order().stream().map(o -> fill(o, local)).toList());
		return "COLLECT { " + clause + " WITH " + carried(targetScope) + order + " LIMIT " + parameter(listCeiling + 1) + " RETURN " + projection
				+ " }";
	}

	/**
	 * The variables a WITH carries on to the projection: the target's roles only (orders and projections read nothing
	 * else), which also lets Neo4j keep the properties it read for the ORDER BY.
	 */
	static String carried(Map<String, String> targetScope) {
		return String.join(", ", new java.util.TreeSet<>(targetScope.values()));
	}

	/** The clause with the roles of the scope filled in and a fresh variable for every other role (added to the scope). */
	String bind(String clause, Map<String, String> scope) {
		Matcher matcher = ROLE.matcher(clause);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String role = matcher.group(1);
			matcher.appendReplacement(out, Matcher.quoteReplacement(scope.computeIfAbsent(role, this::variable)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** The expression with its roles filled in from the scope; every role must be bound. */
	static String fill(String expression, Map<String, String> scope) {
		Matcher matcher = ROLE.matcher(expression);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String variable = scope.get(matcher.group(1));
			if (variable == null) {
				throw new IllegalStateException("Role {" + matcher.group(1) + "} is not bound in " + expression);
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(variable));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
