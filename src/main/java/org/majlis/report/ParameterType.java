package org.majlis.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The types a report parameter can have, how values of each are read, and how they are written in Cypher. */
public enum ParameterType {

	STRING("String"), INTEGER("Integer"), FLOAT("Float"), BOOLEAN("Boolean"), DATE("Date");

	private final String label;

	ParameterType(String label) {
		this.label = label;
	}

	/** The name used in report headers: String, Integer, Float, Boolean, Date. */
	public String label() {
		return label;
	}

	/** The type a header names; throws when there is none of that name. */
	static ParameterType ofLabel(String label) {
		for (ParameterType type : values()) {
			if (type.label.equals(label)) {
				return type;
			}
		}
		throw new IllegalArgumentException("unknown parameter type " + label + " (String, Integer, Float, Boolean or Date)");
	}

	/** A JSON value (string, number, boolean, null) as a Cypher parameter of this type, or null when it is not one. */
	Object fromJson(Object value) {
		return switch (this) {
			case STRING -> value instanceof String ? value : null;
			case INTEGER -> integral(value);
			case FLOAT -> value instanceof Number n && !(value instanceof BigInteger) ? n.doubleValue()
					: value instanceof BigInteger n ? n.doubleValue() : null;
			case BOOLEAN -> value instanceof Boolean ? value : null;
			case DATE -> value instanceof String text ? date(text) : null;
		};
	}

	/** A command-line text as a Cypher parameter of this type, or null when it does not read as one. */
	Object fromText(String text) {
		String trimmed = text.strip();
		try {
			return switch (this) {
				case STRING -> text;
				case INTEGER -> Long.valueOf(trimmed);
				case FLOAT -> Double.valueOf(trimmed);
				case BOOLEAN -> trimmed.equals("true") ? Boolean.TRUE : trimmed.equals("false") ? Boolean.FALSE : null;
				case DATE -> date(trimmed);
			};
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** What a value of this type looks like, for error messages. */
	String expected() {
		return switch (this) {
			case STRING -> "a string";
			case INTEGER -> "a whole number";
			case FLOAT -> "a number";
			case BOOLEAN -> "true or false";
			case DATE -> "a date YYYY-MM-DD";
		};
	}

	private static Long integral(Object value) {
		return switch (value) {
			case Integer i -> i.longValue();
			case Long l -> l;
			case Short s -> s.longValue();
			case BigInteger b when b.bitLength() < 64 -> b.longValue();
			case BigDecimal d when d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 -> d.longValue();
			case Double d when d == Math.rint(d) && Math.abs(d) < 9.0e15 -> d.longValue();
			case null, default -> null;
		};
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
