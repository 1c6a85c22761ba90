package org.majlis.query;

import java.util.List;
import java.util.Map;

/**
 * How the engine reads one GraphQL field of a described type. Cypher fragments name the roles of the type's scope
 * in braces ({@code {n}} for the node of a node type, {@code {rel}} for the relationship of a fact) and, in the clause
 * of a relation, new roles that get fresh variables.
 */
public sealed interface FieldReader {

	/** A value computed from the scope: {@code {n}.name}, {@code coalesce({n}.aliases, [])}. */
	record Value(String expression) implements FieldReader {
	}

	/** An object made of roles already bound (a position's person): the target described by {@code target}, its roles mapped from ours. */
	record Bound(String target, Map<String, String> roles) implements FieldReader {
	}

	/**
	 * A relation: {@code clause} (a MATCH or UNWIND, optionally with WHERE) binds the target's roles; {@code roles} maps
	 * each role of the target to a role name of the clause. A list when {@code many}, ordered by {@code order} (Cypher
	 * with roles, ASC or DESC); one object (the first) otherwise. {@code connectionField}, when set, is the paged form of
	 * the same relation on the same type, named in the error of a list that outgrows the ceiling.
	 */
	record Link(String clause, String target, Map<String, String> roles, boolean many, List<String> order, String connectionField)
			implements FieldReader {
	}

	/**
	 * The paged form of a relation: a connection over the target with its where, orderBy, first and after; {@code roles}
	 * maps each role of the target to a role of the clause (a node type's {@code n} to the clause's {@code m}).
	 */
	record Paged(String clause, String target, Map<String, String> roles) implements FieldReader {
	}
}
