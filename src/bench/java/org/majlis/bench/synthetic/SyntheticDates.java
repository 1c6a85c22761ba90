package org.majlis.bench.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Dates written as news writes them: Gregorian, Levantine or Maghrebi month names, weekdays, ranges, Arabic-Indic digits. */
final class SyntheticDates {

	private static final List<String> GREGORIAN = List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
			"أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
	private static final List<String> LEVANTINE = List.of("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
			"آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول");
	private static final List<String> MAGHREBI = List.of("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز",
			"غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر");
	private static final List<String> WEEKDAYS = List.of("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد");

	private SyntheticDates() {
	}

	/** A day between 2019 and 2025. */
	static LocalDate day(Random random) {
		return LocalDate.of(2019, 1, 1).plusDays(random.nextInt(7 * 365));
	}

	/** The date of an event as a phrase that follows its verb ("يوم الثلاثاء 12 مارس 2024"). */
	static String phrase(LocalDate date, Random random) {
		int month = date.getMonthValue() - 1;
		return switch (random.nextInt(6)) {
			case 0 -> "يوم %s %d %s %d".formatted(WEEKDAYS.get(date.getDayOfWeek().getValue() - 1), date.getDayOfMonth(),
					GREGORIAN.get(month), date.getYear());
			case 1 -> "في %d %s/%s %d".formatted(date.getDayOfMonth(), LEVANTINE.get(month), GREGORIAN.get(month), date.getYear());
			case 2 -> "في %d %s %d".formatted(date.getDayOfMonth(), MAGHREBI.get(month), date.getYear());
			case 3 -> "في " + indic("%d %s %d".formatted(date.getDayOfMonth(), GREGORIAN.get(month), date.getYear()));
			case 4 -> range(date);
			default -> "في %d %s %d".formatted(date.getDayOfMonth(), GREGORIAN.get(month), date.getYear());
		};
	}

	/** A dateline's short date ("12 مارس"). */
	static String dateline(LocalDate date) {
		return date.getDayOfMonth() + " " + GREGORIAN.get(date.getMonthValue() - 1);
	}

	private static String range(LocalDate start) {
		LocalDate end = start.plusDays(2);
		if (end.getMonth() != start.getMonth()) {
			return "في %d %s %d".formatted(start.getDayOfMonth(), GREGORIAN.get(start.getMonthValue() - 1), start.getYear());
		}
		return "خلال الفترة من %d إلى %d %s %d".formatted(start.getDayOfMonth(), end.getDayOfMonth(),
				GREGORIAN.get(start.getMonthValue() - 1), start.getYear());
	}

	private static String indic(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : (char) c));
		return out.toString();
	}
}
