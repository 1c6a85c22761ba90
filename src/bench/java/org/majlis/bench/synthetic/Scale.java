package org.majlis.bench.synthetic;

import java.util.Locale;

/**
 * The size of a synthetic graph. SF1 is 10,000 people, 2,000 organisations, 5,000 events and 500 places (sixty
 * countries, the rest cities) with about 100,000 attendance edges (events draw around 20 attendees on average)
 * and 20,000 positions; SFn is n times that.
 */
public record Scale(String name, int people, int organizations, int events, int places, int positions) {

	public Scale {
		if (places <= SyntheticNames.COUNTRIES.size() || people < 100 || organizations <= SyntheticNames.INTERNATIONAL.size()
				|| events < 1 || positions < people) {
			throw new IllegalArgumentException("too small a scale: " + name);
		}
	}

	/** Scale factor n: n times SF1. */
	public static Scale factor(int n) {
		if (n < 1 || n > 100) {
			throw new IllegalArgumentException("scale factor must be between 1 and 100: " + n);
		}
		return new Scale("SF" + n, 10_000 * n, 2_000 * n, 5_000 * n, 500 * n, 20_000 * n);
	}

	/** SF1, SF10, or a plain number. */
	public static Scale parse(String text) {
		String digits = text.trim().toUpperCase(Locale.ROOT).replaceFirst("^SF", "");
		try {
			return factor(Integer.parseInt(digits));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("scale must look like SF1 or SF10: " + text);
		}
	}

	@Override
	public String toString() {
		return name;
	}
}
