package org.majlis.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.majlis.common.Paging;

/**
 * How many items the answer to an operation may hold, estimated from its fields before anything runs. Each field
 * counts one item for every object it is selected on; a list of objects holds {@code first} objects when the field
 * takes a {@code first} argument ({@code search}), the edges of a connection (a {@code …Connection} type with
 * {@code edges}) {@code first} of them, 20 when not given, and any other list of objects ({@code Event.attendees})
 * {@code listEstimate}. A {@code first} counts as 500 at most: a larger one is refused with its own error. Lists of
 * scalars count as one item, introspection as none. Where fragments select different fields for different types
 * ({@code node(id) { … on Person { … } … on Event { … } }}), the costliest type counts.
 */
final class ItemEstimate {

	private static final String FIRST = "first";

	private final GraphQLSchema schema;
	private final int listEstimate;

	ItemEstimate(GraphQLSchema schema, int listEstimate) {
		this.schema = schema;
		this.listEstimate = listEstimate;
	}

	long of(ExecutableNormalizedOperation operation) {
		return selection(operation.getTopLevelFields(), null);
	}

	/** The items under one object: its fields, for the costliest of the types they may be selected on. */
	private long selection(List<ExecutableNormalizedField> fields, Integer page) {
		Map<String, Long> byType = new HashMap<>();
		for (ExecutableNormalizedField field : fields) {
			if (field.getName().startsWith("__")) {
				continue;
			}
			long items = field(field, page);
			for (String type : field.getObjectTypeNames()) {
				byType.merge(type, items, ItemEstimate::add);
			}
		}
		return byType.values().stream().mapToLong(Long::longValue).max().orElse(0);
	}

	/** The field's own item and, for each object it holds, the items under it. */
	private long field(ExecutableNormalizedField field, Integer page) {
		if (!field.hasChildren()) {
			return 1;
		}
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(field.getType(schema));
		long objects = GraphQLTypeUtil.isList(type) ? listSize(field, page) : 1;
		Integer pageUnder = isConnection(GraphQLTypeUtil.unwrapAll(type)) ? first(field, Paging.DEFAULT_PAGE_SIZE) : null;
		return add(1, multiply(objects, selection(field.getChildren(), pageUnder)));
	}

	private long listSize(ExecutableNormalizedField field, Integer page) {
		if (page != null && field.getName().equals("edges")) {
			return page;
		}
		GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).getFirst();
		return definition.getArgument(FIRST) != null ? first(field, listEstimate) : listEstimate;
	}

	private static int first(ExecutableNormalizedField field, int absent) {
		if (!(field.getResolvedArguments().get(FIRST) instanceof Number first)) {
			return absent;
		}
		return Math.clamp(first.longValue(), 0, Paging.MAX_PAGE_SIZE);
	}

	private static boolean isConnection(GraphQLType type) {
		return type instanceof GraphQLObjectType object && object.getName().endsWith("Connection")
				&& object.getFieldDefinition("edges") != null;
	}

	private static long add(long a, long b) {
		try {
			return Math.addExact(a, b);
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

	private static long multiply(long a, long b) {
		try {
			return Math.multiplyExact(a, b);
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}
}
