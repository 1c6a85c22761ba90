package org.majlis.graph;

import org.majlis.common.PartialDate;

/** The rules the graph queries' arguments follow: bounded integers, dates with a year, explicit nulls as defaults. */
final class GraphArguments {

	private GraphArguments() {
	}

	static int within(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
		}
		return value;
	}

	static PartialDate withYear(PartialDate date, String name) {
		if (date != null && !date.hasYear()) {
			throw new IllegalArgumentException(name + " needs a year to bound a date range: " + date);
		}
		return date;
	}

	/** An argument given as an explicit null means its schema default. */
	static int orDefault(Integer value, int fallback) {
		return value == null ? fallback : value;
	}
}
