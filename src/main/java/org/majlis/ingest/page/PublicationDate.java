package org.majlis.ingest.page;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.majlis.common.PartialDate;

/**
 * The date of a page's timestamp as the outlet wrote it: {@code 2025-10-15T00:30:00+03:00} is the 15th, the day of the
 * outlet's own time zone, not the 14th it would be in UTC, so that «اليوم» and «أمس» read as its readers read them.
 */
final class PublicationDate {

	private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?=$|[T\\s+Z-]|\\.\\d)");

	private PublicationDate() {
	}

	static Optional<PartialDate> parse(String value) {
		Matcher m = ISO_DATE.matcher(westernDigits(value));
		if (!m.find()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new PartialDate(Integer.valueOf(m.group(1)), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
					m.group(3) == null ? null : Integer.valueOf(m.group(3))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String westernDigits(String value) {
		StringBuilder out = new StringBuilder(value.length());
		value.codePoints().forEach(c -> out.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : Character.toString(c)));
		return out.toString();
	}
}
