package org.majlis.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.execution.ExecutionContext;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.relay.Edge;
import graphql.relay.PageInfo;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;
import graphql.schema.TypeResolver;

/**
 * The completed value of one compiled root field, made in one walk over the maps its statement returned: each object's
 * selection is collected once per type (fragments, type conditions, skip and include as graphql-java collects them), each
 * field read as its fetcher would read it and each scalar serialised by its own coercing, without graphql-java's
 * per-field execution. A value the walk cannot complete exactly as graphql-java would without an error (a null in a
 * non-null position, a list over the ceiling, a value a scalar refuses, a field some other fetcher answers) makes the
 * whole walk give up, and graphql-java completes the field as before, with its errors and null propagation.
 */
final class CompiledAnswer {

	/** Where the walk gives up; no stack trace, it is not an error. */
	private static final class Incomplete extends RuntimeException {

		Incomplete() {
			super(null, null, false, false);
		}
	}

	private static final Incomplete INCOMPLETE = new Incomplete();

	/** One selected field of an object type: its result key, how it is read (no fetcher: {@code __typename}) and its type. */
	private record Step(String key, String name, MergedField field, GraphQLOutputType type, DataFetcher<?> fetcher) {
	}

	private final ExecutionContext context;
	private final GraphQLSchema schema;
	private final FieldCollector collector;
	private final TypeResolver nodeTypes;
	private final Map<MergedField, Map<GraphQLObjectType, List<Step>>> plans = new IdentityHashMap<>();
	private long fields;

	private CompiledAnswer(ExecutionContext context, FieldCollector collector, TypeResolver nodeTypes) {
		this.context = context;
		this.schema = context.getGraphQLSchema();
		this.collector = collector;
		this.nodeTypes = nodeTypes;
	}

	/** The completed value, with the number of fields it holds; empty when graphql-java must complete it. */
	static Optional<Completed> complete(ExecutionContext context, FieldCollector collector, TypeResolver nodeTypes, Object value,
			GraphQLOutputType type, MergedField field) {
		CompiledAnswer answer = new CompiledAnswer(context, collector, nodeTypes);
		try {
			return Optional.of(new Completed(answer.value(value, type, field), answer.fields));
		}
		catch (Incomplete ex) {
			return Optional.empty();
		}
	}

	/** A completed value and how many object fields the walk completed for it. */
	record Completed(Object value, long fields) {
	}

	private Object value(Object raw, GraphQLOutputType type, MergedField field) {
		if (raw == null) {
			if (type instanceof GraphQLNonNull) {
				throw INCOMPLETE;
			}
			return null;
		}
		GraphQLOutputType unwrapped = type instanceof GraphQLNonNull nonNull ? (GraphQLOutputType) nonNull.getWrappedType() : type;
		return switch (unwrapped) {
			case GraphQLList list -> list(raw, (GraphQLOutputType) list.getWrappedType(), field);
			case GraphQLScalarType scalar -> serialised(raw, scalar, type);
			case GraphQLEnumType enumType -> enumValue(raw, enumType, type);
			case GraphQLObjectType object -> object(raw, object, field);
			case GraphQLInterfaceType abstractType -> object(raw, resolve(raw, abstractType), field);
			default -> throw INCOMPLETE;
		};
	}

	private List<Object> list(Object raw, GraphQLOutputType itemType, MergedField field) {
		if (!(raw instanceof List<?> items)) {
			throw INCOMPLETE;
		}
		List<Object> out = new ArrayList<>(items.size());
		for (Object item : items) {
			out.add(value(item, itemType, field));
		}
		return out;
	}

	private Object serialised(Object raw, GraphQLScalarType scalar, GraphQLOutputType type) {
		try {
			return notNull(scalar.getCoercing().serialize(raw, context.getGraphQLContext(), context.getLocale()), type);
		}
		catch (CoercingSerializeException ex) {
			throw INCOMPLETE;
		}
	}

	private Object enumValue(Object raw, GraphQLEnumType enumType, GraphQLOutputType type) {
		try {
			return notNull(enumType.serialize(raw, context.getGraphQLContext(), context.getLocale()), type);
		}
		catch (CoercingSerializeException ex) {
			throw INCOMPLETE;
		}
	}

	private static Object notNull(Object value, GraphQLOutputType type) {
		if (value == null && type instanceof GraphQLNonNull) {
			throw INCOMPLETE;
		}
		return value;
	}

	/** The object type of a map the engine built: the one its {@code __typename} names, when the engine resolves the type. */
	private GraphQLObjectType resolve(Object raw, GraphQLInterfaceType abstractType) {
		if (schema.getCodeRegistry().getTypeResolver(abstractType) != nodeTypes || !(raw instanceof Map<?, ?> map)
				|| !(map.get("__typename") instanceof String name) || !(schema.getType(name) instanceof GraphQLObjectType object)
				|| !schema.isPossibleType(abstractType, object)) {
			throw INCOMPLETE;
		}
		return object;
	}

	private Map<String, Object> object(Object source, GraphQLObjectType type, MergedField field) {
		List<Step> steps = plans.computeIfAbsent(field, f -> new HashMap<>()).computeIfAbsent(type, t -> steps(field, t));
		Map<String, Object> out = LinkedHashMap.newLinkedHashMap(steps.size());
		for (Step step : steps) {
			out.put(step.key(), step.fetcher() == null ? type.getName() : value(read(step, source), step.type(), step.field()));
		}
		fields += steps.size();
		return out;
	}

	/**
	 * The field's value as its fetcher reads it: a map of the statement by result key, or a Relay record's property (the
	 * fields of connection types have graphql-java's default fetcher, which reads the property of the field's name).
	 */
	private static Object read(Step step, Object source) {
		if (source instanceof Map<?, ?> map) {
			if (!(step.fetcher() instanceof MapFieldFetcher fetcher)) {
				throw INCOMPLETE;
			}
			try {
				return fetcher.read(map, step.key(), step.name());
			}
			catch (RuntimeException ex) {
				throw INCOMPLETE;
			}
		}
		boolean property = step.fetcher() instanceof MapFieldFetcher || step.fetcher() == SingletonPropertyDataFetcher.singleton()
				|| step.fetcher() instanceof PropertyDataFetcher<?> fetcher && step.name().equals(fetcher.getPropertyName());
		if (!property) {
			throw INCOMPLETE;
		}
		return relayProperty(source, step.name());
	}

	/** What a property fetcher reads from the Relay records a connection map becomes ({@link ConnectionMap}). */
	private static Object relayProperty(Object source, String name) {
		return switch (source) {
			case ConnectionMap connection -> switch (name) {
				case "edges" -> connection.getEdges();
				case "pageInfo" -> connection.getPageInfo();
				case "totalCount" -> connection.getTotalCount();
				default -> throw INCOMPLETE;
			};
			case Edge<?> edge -> switch (name) {
				case "node" -> edge.getNode();
				case "cursor" -> edge.getCursor();
				default -> throw INCOMPLETE;
			};
			case PageInfo page -> switch (name) {
				case "hasNextPage" -> page.isHasNextPage();
				case "hasPreviousPage" -> page.isHasPreviousPage();
				case "startCursor" -> page.getStartCursor();
				case "endCursor" -> page.getEndCursor();
				default -> throw INCOMPLETE;
			};
			default -> throw INCOMPLETE;
		};
	}

	/** The fields selected on an object of this type under this field, each with its fetcher. */
	private List<Step> steps(MergedField field, GraphQLObjectType type) {
		FieldCollectorParameters parameters = FieldCollectorParameters.newParameters()
			.schema(schema)
			.objectType(type)
			.fragments(context.getFragmentsByName())
			.variables(context.getCoercedVariables().toMap())
			.graphQLContext(context.getGraphQLContext())
			.build();
		MergedSelectionSet selection = collector.collectFields(parameters, field, false);
		List<Step> steps = new ArrayList<>(selection.size());
		for (String key : selection.getKeys()) {
			MergedField subField = selection.getSubField(key);
			String name = subField.getName();
			if (name.equals("__typename")) {
				steps.add(new Step(key, name, subField, null, null));
				continue;
			}
			GraphQLFieldDefinition definition = type.getFieldDefinition(name);
			if (definition == null) {
				throw INCOMPLETE;
			}
			DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, definition), definition);
			steps.add(new Step(key, name, subField, definition.getType(), fetcher));
		}
		return steps;
	}
}
