package org.majlis.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.majlis.model.NodeLabel;

/**
 * What a module says about one GraphQL object type: for the module that owns it, its label and id prefix; for every
 * module, the fields it resolves, each with its {@link FieldReader}; for node types, the keys its lists can be ordered by
 * (the enum values of its sort input), the default order, and the conditions of its where input. Descriptions of one
 * type from several modules are merged by {@link TypeDescriptions}; a field is described by one module only.
 *
 * <p>A description's {@code name} is usually the GraphQL type's name; a type read in two ways (the sources of a node and
 * the sources of a fact) has two descriptions, {@code Source@node} and {@code Source@fact}, of one GraphQL type.
 */
public final class TypeDescription {

	/** A key of an order and its direction. */
	public record Order(String key, boolean descending) {
	}

	/** What a node type is to explorers: an entity of the knowledge graph, a source it was read from, or a record about it. */
	public enum NodeKind {
		/** People, organisations, places, events, topics: what the graph is about. */
		ENTITY,
		/** Articles: drawn by explorers only when asked for. */
		SOURCE,
		/** Curations: the audit trail, never drawn. */
		RECORD
	}

	private final String name;
	private final String graphQlType;
	private final String label;
	private final String idPrefix;
	private final Map<String, FieldReader> fields = new LinkedHashMap<>();
	private final Map<String, SortKey> sortKeys = new LinkedHashMap<>();
	private final List<Order> defaultOrder = new ArrayList<>();
	private final Map<String, Condition> conditions = new LinkedHashMap<>();
	private NodeKind kind = NodeKind.ENTITY;
	private String tieBreaker = "{n}.id";

	private TypeDescription(String name, String graphQlType, String label, String idPrefix) {
		this.name = name;
		this.graphQlType = graphQlType;
		this.label = label;
		this.idPrefix = idPrefix;
	}

	/**
	 * The owner's description of a node type of the graph model: its GraphQL name is its label, its ids start with
	 * the label's prefix, and what it is to explorers follows from the label's kind.
	 */
	public static TypeDescription node(NodeLabel label) {
		TypeDescription description = new TypeDescription(label.label(), label.label(), label.label(), label.prefix() + ":");
		description.kind = switch (label.kind()) {
			case ENTITY, VOCABULARY -> NodeKind.ENTITY;
			case SOURCE -> NodeKind.SOURCE;
			case JUDGEMENT, STORE -> NodeKind.RECORD;
		};
		return description;
	}

	/** A type that is not a node (a fact, a source): its fields read the roles of the relation that binds it. */
	public static TypeDescription shape(String name, String graphQlType) {
		return new TypeDescription(name, graphQlType, null, null);
	}

	/** Fields that a module other than the owner adds to a type. */
	public static TypeDescription extend(String name) {
		return new TypeDescription(name, null, null, null);
	}

	public NodeKind kind() {
		return kind;
	}

	/** Fields read as the node's property of the same name. */
	public TypeDescription properties(String... names) {
		Arrays.stream(names).forEach(field -> value(field, "{n}." + field));
		return this;
	}

	public TypeDescription value(String field, String expression) {
		return add(field, new FieldReader.Value(expression));
	}

	/** A list that defaults to empty: {@code coalesce({n}.aliases, [])}. */
	public TypeDescription list(String field) {
		return value(field, "coalesce({n}." + field + ", [])");
	}

	public TypeDescription bound(String field, String target, Map<String, String> roles) {
		return add(field, new FieldReader.Bound(target, roles));
	}

	/** One related node, bound to the clause's role {@code m}. */
	public TypeDescription one(String field, String clause, String target) {
		return add(field, new FieldReader.Link(clause, target, Map.of("n", "m"), false, List.of(), null));
	}

	/** Related nodes, bound to the clause's role {@code m}, in this order. */
	public TypeDescription many(String field, String clause, String target, String... order) {
		return many(field, clause, target, Map.of("n", "m"), order);
	}

	public TypeDescription many(String field, String clause, String target, Map<String, String> roles, String... order) {
		return add(field, new FieldReader.Link(clause, target, roles, true, List.of(order), null));
	}

	/** Related nodes as a plain list ({@code field}) and as a connection ({@code connectionField}) over the same clause. */
	public TypeDescription manyPaged(String field, String connectionField, String clause, String target, String... order) {
		add(field, new FieldReader.Link(clause, target, Map.of("n", "m"), true, List.of(order), connectionField));
		return paged(connectionField, clause, target);
	}

	/** A connection over related nodes of a node type, bound to the clause's role {@code m}. */
	public TypeDescription paged(String field, String clause, String target) {
		return add(field, new FieldReader.Paged(clause, target, Map.of("n", "m")));
	}

	/**
	 * A relation as a plain list ({@code field}) and as a connection ({@code connectionField}) over the same clause, for a
	 * target whose roles the clause binds (a fact such as an office held); the target's default order and
	 * {@link #tieBreaker} page it.
	 */
	public TypeDescription manyPaged(String field, String connectionField, String clause, String target, Map<String, String> roles,
			String... order) {
		add(field, new FieldReader.Link(clause, target, roles, true, List.of(order), connectionField));
		return add(connectionField, new FieldReader.Paged(clause, target, roles));
	}

	/** What ends every order of lists of this type and makes it total: the node's id by default, a fact's relationship id. */
	public TypeDescription tieBreaker(String expression) {
		this.tieBreaker = expression;
		return this;
	}

	public String tieBreaker() {
		return tieBreaker;
	}

	/**
	 * The sources of a fact whose relationship is the role {@code rel}: facts keep them as parallel lists on the
	 * relationship ({@code sourceIds}, {@code quotes}, {@code confidences}), read as {@code Source@fact}.
	 */
	public TypeDescription factSources(String field) {
		return many(field, "UNWIND range(0, size(coalesce({rel}.sourceIds, [])) - 1) AS {i}", "Source@fact", Map.of("rel", "rel", "i", "i"));
	}

	/** The sources of a node: its {@code MENTIONED_IN} links to articles, oldest article first, read as {@code Source}. */
	public TypeDescription nodeSources(String field) {
		return many(field, "MATCH ({n})-[{mention}:MENTIONED_IN]->({article}:Article)", "Source",
				Map.of("mention", "mention", "article", "article"), "{article}.publishedAt", "{article}.id");
	}

	/** A key of the type's sort input. */
	public TypeDescription sortKey(String key, String expression, boolean nullable) {
		sortKeys.put(key, new SortKey(expression, nullable));
		return this;
	}

	/** The order of lists that ask for none (before the id, which ends every order). */
	public TypeDescription defaultOrder(String key, boolean descending) {
		defaultOrder.add(new Order(key, descending));
		return this;
	}

	/** A field of the type's where input. */
	public TypeDescription condition(String field, Condition condition) {
		conditions.put(field, condition);
		return this;
	}

	private TypeDescription add(String field, FieldReader reader) {
		if (fields.putIfAbsent(field, reader) != null) {
			throw new IllegalStateException(name + "." + field + " is described twice");
		}
		return this;
	}

	public String name() {
		return name;
	}

	public String graphQlType() {
		return graphQlType;
	}

	public String label() {
		return label;
	}

	public String idPrefix() {
		return idPrefix;
	}

	public Map<String, FieldReader> fields() {
		return Collections.unmodifiableMap(fields);
	}

	public Map<String, SortKey> sortKeys() {
		return Collections.unmodifiableMap(sortKeys);
	}

	public List<Order> defaultOrder() {
		return Collections.unmodifiableList(defaultOrder);
	}

	public Map<String, Condition> conditions() {
		return Collections.unmodifiableMap(conditions);
	}

	/** The merge of this description with another of the same type; one of them may own the type, no field twice. */
	TypeDescription merge(TypeDescription other) {
		if (label != null && other.label != null || graphQlType != null && other.graphQlType != null) {
			throw new IllegalStateException(name + " has two owners: a label and a type are described by one module only");
		}
		TypeDescription owner = label != null || graphQlType != null ? this : other;
		TypeDescription merged = new TypeDescription(name, owner.graphQlType, owner.label, owner.idPrefix);
		merged.kind = owner.kind;
		merged.tieBreaker = owner.tieBreaker;
		for (TypeDescription part : List.of(this, other)) {
			part.fields.forEach(merged::add);
			merged.sortKeys.putAll(part.sortKeys);
			merged.defaultOrder.addAll(part.defaultOrder);
			merged.conditions.putAll(part.conditions);
		}
		return merged;
	}
}
