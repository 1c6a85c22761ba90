package org.majlis.web;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	static final GraphQLScalarType PARTIAL_DATE = GraphQLScalarType.newScalar()
		.name("PartialDate")
		.description("ISO 8601 date of reduced precision")
		.coercing(new Coercing<PartialDate, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof PartialDate || value instanceof String) {
					return value.toString();
				}
				throw new CoercingSerializeException("Not a partial date: " + value);
			}

			@Override
			public PartialDate parseValue(Object input, GraphQLContext context, Locale locale) {
				try {
					return PartialDate.parse(String.valueOf(input));
				}
				catch (IllegalArgumentException ex) {
					throw new CoercingParseValueException(ex.getMessage());
				}
			}

			@Override
			public PartialDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (!(input instanceof StringValue string)) {
					throw new CoercingParseLiteralException("A PartialDate is written as a string such as \"2025-02\"");
				}
				try {
					return PartialDate.parse(string.getValue());
				}
				catch (IllegalArgumentException ex) {
					throw new CoercingParseLiteralException(ex.getMessage());
				}
			}
		})
		.build();

	static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
		.name("DateTime")
		.description("ISO 8601 date and time with offset")
		.coercing(new Coercing<OffsetDateTime, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof OffsetDateTime time) {
					return time.toString();
				}
				if (value instanceof ZonedDateTime time) {
					return time.toOffsetDateTime().toString();
				}
				throw new CoercingSerializeException("Not a date-time: " + value);
			}

			@Override
			public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
				try {
					return OffsetDateTime.parse(String.valueOf(input));
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException("Not an ISO 8601 date-time with offset: " + input);
				}
			}

			@Override
			public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (input instanceof StringValue string) {
					return parseValue(string.getValue(), context, locale);
				}
				throw new CoercingParseLiteralException("A DateTime is written as a string");
			}
		})
		.build();

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
