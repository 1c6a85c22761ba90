package org.majlis.web;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.majlis.common.PartialDate;

/** The custom scalars of the schema: PartialDate, DateTime and JSON. */
final class Scalars {

	private Scalars() {
	}

	static final GraphQLScalarType PARTIAL_DATE = stringScalar("PartialDate", "ISO 8601 date of reduced precision", "partial date",
			"A PartialDate is written as a string such as \"2025-02\"", PartialDate::parse,
			value -> value instanceof PartialDate || value instanceof String ? value.toString() : null);

	static final GraphQLScalarType DATE_TIME = stringScalar("DateTime", "ISO 8601 date and time with offset", "date-time",
			"A DateTime is written as a string", Scalars::dateTime, value -> switch (value) {
				case OffsetDateTime time -> time.toString();
				case ZonedDateTime time -> time.toOffsetDateTime().toString();
				default -> null;
			});

	/**
	 * A scalar written as a string: {@code parse} reads one (an {@link IllegalArgumentException} says what is wrong with
	 * it), {@code print} writes a value of the types the scalar takes and answers null for any other.
	 */
	private static <T> GraphQLScalarType stringScalar(String name, String description, String noun, String literalHint,
			Function<String, T> parse, Function<Object, String> print) {
		return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<T, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				String printed = print.apply(value);
				if (printed == null) {
					throw new CoercingSerializeException("Not a " + noun + ": " + value);
				}
				return printed;
			}

			@Override
			public T parseValue(Object input, GraphQLContext context, Locale locale) {
				try {
					return parse.apply(String.valueOf(input));
				}
				catch (IllegalArgumentException ex) {
					throw new CoercingParseValueException(ex.getMessage());
				}
			}

			@Override
			public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (!(input instanceof StringValue string)) {
					throw new CoercingParseLiteralException(literalHint);
				}
				try {
					return parse.apply(string.getValue());
				}
				catch (IllegalArgumentException ex) {
					throw new CoercingParseLiteralException(ex.getMessage());
				}
			}
		}).build();
	}

	private static OffsetDateTime dateTime(String text) {
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not an ISO 8601 date-time with offset: " + text);
		}
	}

	static final GraphQLScalarType JSON = GraphQLScalarType.newScalar()
		.name("JSON")
		.description("Any JSON value")
		.coercing(new Coercing<Object, Object>() {
			@Override
			public Object serialize(Object value, GraphQLContext context, Locale locale) {
				return value;
			}

			@Override
			public Object parseValue(Object input, GraphQLContext context, Locale locale) {
				return input;
			}

			@Override
			public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				return literal(input, variables);
			}
		})
		.build();

	private static Object literal(Value<?> input, CoercedVariables variables) {
		return switch (input) {
			case NullValue ignored -> null;
			case StringValue v -> v.getValue();
			case BooleanValue v -> v.isValue();
			case IntValue v -> v.getValue();
			case FloatValue v -> v.getValue();
			case VariableReference v -> variables.get(v.getName());
			case ArrayValue v -> {
				List<Object> list = new ArrayList<>();
				v.getValues().forEach(item -> list.add(literal(item, variables)));
				yield list;
			}
			case ObjectValue v -> {
				Map<String, Object> map = new LinkedHashMap<>();
				v.getObjectFields().forEach(field -> map.put(field.getName(), literal(field.getValue(), variables)));
				yield map;
			}
			default -> throw new CoercingParseLiteralException("Not a JSON value: " + input);
		};
	}
}
