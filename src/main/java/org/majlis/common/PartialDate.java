package org.majlis.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 calendar date of reduced precision: {@code 2025}, {@code 2025-02}, {@code 2025-02-11}, or
 * {@code --11-24} when only the month and day are known (news often omits the year).
 */
public record PartialDate(Integer year, Integer month, Integer day) implements Comparable<PartialDate> {

	private static final Pattern FULL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
	private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})(?:-(\\d{2}))?");

	public PartialDate {
		if (year == null && month == null) {
			throw new IllegalArgumentException("a partial date needs at least a year or a month");
		}
		if (day != null && month == null) {
			throw new IllegalArgumentException("a day needs a month");
		}
		if (year != null && (year < 1 || year > 9999)) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		if (month != null && (month < 1 || month > 12)) {
			throw new IllegalArgumentException("month out of range: " + month);
		}
		if (day != null) {
			int max = (year == null) ? YearMonth.of(2024, month).lengthOfMonth() : YearMonth.of(year, month).lengthOfMonth();
			if (day < 1 || day > max) {
				throw new IllegalArgumentException("day out of range: " + day);
			}
		}
	}

	public static PartialDate of(int year, int month, int day) {
		return new PartialDate(year, month, day);
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(year, null, null);
	}

	/** Parses the ISO forms above; throws {@link IllegalArgumentException} with a readable message otherwise. */
	public static PartialDate parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("a partial date is required");
		}
		String value = text.strip();
		Matcher full = FULL.matcher(value);
		if (full.matches()) {
			return new PartialDate(Integer.valueOf(full.group(1)), intOrNull(full.group(2)), intOrNull(full.group(3)));
		}
		Matcher noYear = NO_YEAR.matcher(value);
		if (noYear.matches()) {
			return new PartialDate(null, Integer.valueOf(noYear.group(1)), intOrNull(noYear.group(2)));
		}
		throw new IllegalArgumentException("not a partial ISO date (2025, 2025-02, 2025-02-11 or --11-24): " + text);
	}

	public static PartialDate parseOrNull(String text) {
		return (text == null || text.isBlank()) ? null : parse(text);
	}

	private static Integer intOrNull(String group) {
		return group == null ? null : Integer.valueOf(group);
	}

	public boolean hasYear() {
		return year != null;
	}

	/** The same date in the given year when this one has none. */
	public PartialDate withYear(int newYear) {
		return new PartialDate(newYear, month, day);
	}

	/** The first day this date can mean, or null without a year. */
	public LocalDate earliest() {
		if (year == null) {
			return null;
		}
		return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
	}

	/** The last day this date can mean, or null without a year. */
	public LocalDate latest() {
		if (year == null) {
			return null;
		}
		if (month == null) {
			return LocalDate.of(year, 12, 31);
		}
		return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
	}

	@Override
	public int compareTo(PartialDate other) {
		return toString().compareTo(other.toString());
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder();
		if (year == null) {
			out.append("-");
		}
		else {
			out.append(String.format("%04d", year));
		}
		if (month != null) {
			out.append('-').append(String.format("%02d", month));
			if (day != null) {
				out.append('-').append(String.format("%02d", day));
			}
		}
		return out.toString();
	}
}
