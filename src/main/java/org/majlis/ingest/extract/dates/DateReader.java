package org.majlis.ingest.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.findings.DateHit;
import org.majlis.ingest.extract.lexicon.DateLexicon;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Gazetteer;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.OfficeLexicon;
import org.majlis.ingest.extract.lexicon.WordLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;

/**
 * Reads dates in the forms news uses: "١١ فبراير، ٢٠٢٥", "13-11 شباط/فبراير" (a range written right to left),
 * "من 24 حتى 27 نونبر الجاري", "من 28 شتنبر إلى غاية فاتح أكتوبر 2021", numeric dates year first or last with
 * ranges ("20 و 22 / 6 / 1434ه"), Hijri dates (converted, see {@link HijriDates}), "عام 2018", and
 * "أمس"/"اليوم"/"غدا"/weekdays relative to the article's date. Missing years come from the reference date.
 */
final class DateReader {

	/** What separates the parts of a numeric date. */
	private static final Set<String> SEPARATORS = Set.of("/", "-", ".");

	private final DateLexicon lex;
	private final WordLexicon words;
	private final FunctionWords functions;
	private final PhraseMatcher<EventLexicon.Noun> eventNouns;
	private final PhraseMatcher<OfficeLexicon.Title> titles;
	private final PhraseMatcher<Integer> ordinals;
	private final PhraseMatcher<Gazetteer.Place> places;

	DateReader(Lexicons lexicons) {
		this.lex = lexicons.dates;
		this.words = lexicons.words;
		this.functions = lexicons.functions;
		this.eventNouns = lexicons.events.nouns;
		this.titles = lexicons.offices.titles;
		this.ordinals = lexicons.events.ordinals;
		this.places = lexicons.places.places;
	}

	List<DateHit> read(List<Token> tokens, PartialDate reference) {
		List<DateHit> out = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			DateHit hit = at(tokens, i, reference);
			if (hit != null && hit.startToken() > 0 && lex.is(tokens.get(hit.startToken() - 1), "since")) {
				i = Math.max(i, hit.endToken() - 1);
				continue;
			}
			if (hit != null) {
				DateHit joined = !out.isEmpty() ? crossMonth(tokens, out.getLast(), hit) : null;
				if (joined != null) {
					out.set(out.size() - 1, joined);
				}
				else {
					out.add(hit);
				}
				i = Math.max(i, hit.endToken() - 1);
			}
		}
		return out;
	}

	private DateHit at(List<Token> tokens, int i, PartialDate reference) {
		PhraseMatcher.Match<DateLexicon.Month> month = lex.months.at(tokens, i);
		if (month != null && !monthWordInText(tokens, i, month)) {
			return around(tokens, i, month, reference);
		}
		DateHit numeric = numeric(tokens, i);
		if (numeric != null) {
			return numeric;
		}
		DateHit year = yearOnly(tokens, i);
		if (year != null) {
			return year;
		}
		DateHit ofMonth = dayOfMonthNamedRelatively(tokens, i, reference);
		if (ofMonth != null) {
			return ofMonth;
		}
		return relative(tokens, i, reference);
	}

	/**
	 * "في 5 من الشهر الجاري", "الخامس من الشهر الماضي": a day of the article's month, or of the month before or after
	 * it; only when the article's date is known.
	 */
	private DateHit dayOfMonthNamedRelatively(List<Token> tokens, int i, PartialDate reference) {
		if (reference == null || reference.earliest() == null || reference.month() == null) {
			return null;
		}
		Integer day = tokens.get(i).number() ? Integer.valueOf(tokens.get(i).intValue()) : null;
		int k = i + 1;
		if (day == null) {
			PhraseMatcher.Match<Integer> ordinal = ordinals.at(tokens, i);
			day = ordinal == null ? null : ordinal.value();
			k = ordinal == null ? k : ordinal.end();
		}
		if (day == null || day < 1 || day > 31) {
			return null;
		}
		if (k < tokens.size() && tokens.get(k).is("من")) {
			k++;
		}
		if (k + 1 >= tokens.size() || !tokens.get(k).is("الشهر")) {
			return null;
		}
		PhraseMatcher.Match<DateLexicon.Relation> rel = lex.relations.at(tokens, k + 1);
		if (rel == null || !rel.value().unit().equals("month")) {
			return null;
		}
		LocalDate month = reference.earliest().withDayOfMonth(1).plusMonths(rel.value().offset());
		if (day > month.lengthOfMonth()) {
			return null;
		}
		return new DateHit(PartialDate.of(month.getYear(), month.getMonthValue(), day), null, i, rel.end(), true, false, false);
	}

	/** "من 28 شتنبر إلى غاية فاتح أكتوبر 2021": two dates joined by a range word make one range. */
	private DateHit crossMonth(List<Token> tokens, DateHit first, DateHit second) {
		if (first.end() != null || first.relative() || second.relative() || first.start().day() == null || second.start().day() == null) {
			return null;
		}
		int k = first.endToken();
		int words = 0;
		while (k < second.startToken() && lex.is(tokens.get(k), "range") && words < 2) {
			k++;
			words++;
		}
		if (k != second.startToken() || words == 0) {
			return null;
		}
		Integer year = first.start().year() != null ? first.start().year() : second.start().year();
		try {
			return new DateHit(new PartialDate(year, first.start().month(), first.start().day()), second.start(), first.startToken(),
					second.endToken(), false, first.hijri() || second.hijri(), false);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * "2024/12/03" (year first) or "03/12/2024", a range "12 إلى 14 / 4 / 1446ه", a Hijri year (before 1600, or
	 * followed by "هـ") converted to the Gregorian calendar.
	 */
	private DateHit numeric(List<Token> tokens, int i) {
		int k = i;
		Integer rangeStart = null;
		if (k + 2 < tokens.size() && tokens.get(k).number() && lex.is(tokens.get(k + 1), "range") && tokens.get(k + 2).number()
				&& k + 3 < tokens.size() && SEPARATORS.contains(tokens.get(k + 3).folded())) {
			rangeStart = tokens.get(k).intValue();
			k += 2;
		}
		if (k + 4 >= tokens.size() || !tokens.get(k).number()) {
			return null;
		}
		Token sep = tokens.get(k + 1);
		if (!SEPARATORS.contains(sep.folded()) || !tokens.get(k + 2).number() || !tokens.get(k + 3).is(sep.folded()) || !tokens.get(k + 4).number()) {
			return null;
		}
		int a = tokens.get(k).intValue();
		int b = tokens.get(k + 2).intValue();
		int c = tokens.get(k + 4).intValue();
		boolean yearFirst = tokens.get(k).folded().length() == 4;
		int year = yearFirst ? a : c;
		int day = yearFirst ? c : a;
		if (rangeStart != null && yearFirst || !yearFirst && tokens.get(k + 4).folded().length() != 4) {
			return null;
		}
		int end = k + 5;
		boolean hijriMark = end < tokens.size() && lex.is(tokens.get(end), "hijri");
		if (end < tokens.size() && (hijriMark || lex.is(tokens.get(end), "gregorian"))) {
			end++;
		}
		boolean hijri = hijriMark || year >= 1300 && year < 1600;
		if (!hijri && (year < 1900 || year > 2100)) {
			return null;
		}
		try {
			PartialDate last = hijri ? HijriDates.toGregorian(year, b, day) : PartialDate.of(year, b, day);
			PartialDate first = rangeStart == null ? last : hijri ? HijriDates.toGregorian(year, b, rangeStart) : PartialDate.of(year, b, rangeStart);
			return new DateHit(first, rangeStart == null ? null : last, i, end, false, hijri, false);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** "عام 2018", "لعام 2011": a year alone. */
	private DateHit yearOnly(List<Token> tokens, int i) {
		if (i + 1 >= tokens.size() || !lex.is(tokens.get(i), "year") || !tokens.get(i + 1).number()
				|| tokens.get(i + 1).folded().length() != 4) {
			return null;
		}
		int year = tokens.get(i + 1).intValue();
		if (year < 1900 || year > 2100) {
			return null;
		}
		int end = i + 2 < tokens.size() && lex.is(tokens.get(i + 2), "gregorian") ? i + 3 : i + 2;
		return new DateHit(new PartialDate(year, null, null), null, i, end, false, false, true);
	}

	/** "ماي", "آب", "صفر", "رجب" are also ordinary words or names; they count as months only next to a day number. */
	private boolean monthWordInText(List<Token> tokens, int i, PhraseMatcher.Match<DateLexicon.Month> month) {
		String f = tokens.get(i).folded();
		boolean ambiguous = month.value().hijri() || f.equals("ماي") || f.equals("اب") || f.equals("may") || f.equals("march");
		return ambiguous && !(i > 0 && tokens.get(i - 1).number());
	}

	private DateHit around(List<Token> tokens, int i, PhraseMatcher.Match<DateLexicon.Month> month, PartialDate reference) {
		int m = month.value().month();
		boolean hijri = month.value().hijri();
		DaysBefore days = daysBefore(tokens, i);
		YearAfter after = yearAfter(tokens, monthEnd(tokens, month), hijri);
		if (days.to() == null && after.year() == null) {
			return null;
		}
		if (hijri) {
			return hijri(after.year(), m, days.from(), days.to(), days.start(), after.end());
		}
		Integer year = after.year() != null ? after.year() : resolveYear(m, after.relation(), reference);
		try {
			PartialDate first = new PartialDate(year, m, days.from() != null ? days.from() : days.to());
			PartialDate last = days.from() != null ? new PartialDate(year, m, days.to()) : null;
			return new DateHit(first, last, days.start(), after.end(), after.relation() != null, false, false);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The token after a month's name, or after a second name of the same month ("شباط/فبراير"). */
	private int monthEnd(List<Token> tokens, PhraseMatcher.Match<DateLexicon.Month> month) {
		int end = month.end();
		if (end + 1 < tokens.size() && tokens.get(end).is("/") && lex.months.at(tokens, end + 1) != null) {
			end = lex.months.at(tokens, end + 1).end();
		}
		return end;
	}

	/**
	 * The day or days before a month's name.
	 *
	 * @param start the first token of the date (the month's when no day is written)
	 * @param from the first day of a range, or null
	 * @param to the day, or the last day of a range; null when no day is written
	 */
	private record DaysBefore(int start, Integer from, Integer to) {
	}

	/** "24", "13-11" (a range written right to left), "من 24 حتى 27", "من 811" (a range that lost its dash), "فاتح". */
	private DaysBefore daysBefore(List<Token> tokens, int month) {
		if (month > 0 && tokens.get(month - 1).number()) {
			return numberedDays(tokens, month);
		}
		if (month > 0 && dayInWords(tokens, month - 1) != null) {
			return new DaysBefore(month - 1, null, dayInWords(tokens, month - 1));
		}
		return new DaysBefore(month, null, null);
	}

	private DaysBefore numberedDays(List<Token> tokens, int month) {
		Integer dayTo = null;
		Integer dayFrom = null;
		int start = month;
		int value = tokens.get(month - 1).intValue();
		int[] split = joinedDays(tokens, month - 1);
		if (value >= 1 && value <= 31) {
			dayTo = value;
			start = month - 1;
		}
		else if (split != null) {
			dayFrom = split[0];
			dayTo = split[1];
			start = month - 1;
		}
		if (dayFrom == null && dayTo != null && month > 2 && lex.is(tokens.get(month - 2), "range") && tokens.get(month - 3).number()) {
			int other = tokens.get(month - 3).intValue();
			if (other >= 1 && other <= 31 && other != dayTo) {
				dayFrom = Math.min(other, dayTo);
				dayTo = Math.max(other, dayTo);
				start = month - 3;
			}
		}
		if (dayFrom != null && start > 0 && lex.is(tokens.get(start - 1), "from")) {
			start--;
		}
		return new DaysBefore(start, dayFrom, dayTo);
	}

	/**
	 * What follows a month's name.
	 *
	 * @param end the token after the date
	 * @param year the year written after the month, or null
	 * @param relation a word that places the month relative to the article's ("الجاري", "الماضي"), or null
	 */
	private record YearAfter(int end, Integer year, DateLexicon.Relation relation) {
	}

	/** "، 2025", "1446 هـ" (a Hijri year only after a Hijri month), else a word placing the month ("نونبر الجاري"). */
	private YearAfter yearAfter(List<Token> tokens, int end, boolean hijri) {
		int j = end;
		if (j < tokens.size() && (tokens.get(j).comma())) {
			j++;
		}
		if (j < tokens.size() && tokens.get(j).number() && tokens.get(j).folded().length() == 4) {
			int year = tokens.get(j).intValue();
			if (year >= 1900 && year <= 2100 || hijri && year >= 1300 && year < 1600) {
				int after = j + 1;
				if (after < tokens.size() && (lex.is(tokens.get(after), "gregorian") || lex.is(tokens.get(after), "hijri"))) {
					after++;
				}
				return new YearAfter(after, year, null);
			}
		}
		else if (end < tokens.size()) {
			PhraseMatcher.Match<DateLexicon.Relation> relation = lex.relations.at(tokens, end);
			if (relation != null && relation.value().unit().equals("month")) {
				return new YearAfter(relation.end(), null, relation.value());
			}
		}
		return new YearAfter(end, null, null);
	}

	private static DateHit hijri(Integer year, int month, Integer dayFrom, Integer dayTo, int start, int end) {
		if (year == null || dayTo == null) {
			return null;
		}
		try {
			PartialDate last = HijriDates.toGregorian(year, month, dayTo);
			PartialDate first = dayFrom == null ? last : HijriDates.toGregorian(year, month, dayFrom);
			return new DateHit(first, dayFrom == null ? null : last, start, end, false, true, false);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A day of the month written as a word ("فاتح" is the first), or null. */
	private Integer dayInWords(List<Token> tokens, int k) {
		PhraseMatcher.Match<DateLexicon.Relation> m = lex.relations.at(tokens, k);
		return m != null && m.end() == k + 1 && m.value().unit().equals("dayOfMonth") ? m.value().offset() : null;
	}

	/**
	 * "من 811 نوفمبر": a range whose dash was lost, read only after "من" or "الفترة من" when exactly one split
	 * gives two days in order ("8–11").
	 */
	private int[] joinedDays(List<Token> tokens, int k) {
		String digits = tokens.get(k).folded();
		if (digits.length() < 3 || digits.length() > 4 || k == 0 || !lex.is(tokens.get(k - 1), "from")) {
			return null;
		}
		int[] found = null;
		for (int cut = 1; cut < digits.length(); cut++) {
			if (digits.charAt(cut) == '0') {
				continue;
			}
			int a = Integer.parseInt(digits.substring(0, cut));
			int b = Integer.parseInt(digits.substring(cut));
			if (a >= 1 && b <= 31 && a < b) {
				if (found != null) {
					return null;
				}
				found = new int[] { a, b };
			}
		}
		return found;
	}

	private static Integer resolveYear(int month, DateLexicon.Relation relation, PartialDate reference) {
		if (reference == null || !reference.hasYear()) {
			return null;
		}
		int year = reference.year();
		if (reference.month() == null || relation == null) {
			return year;
		}
		if (relation.offset() < 0 && month > reference.month()) {
			return year - 1;
		}
		if (relation.offset() > 0 && month < reference.month()) {
			return year + 1;
		}
		return year;
	}

	/**
	 * "أمس", "اليوم", "غدا", "أمس الأول", weekdays ("اليوم الاثنين", "يوم الخميس", "يومي الثلاثاء والأربعاء", "مساء الأحد",
	 * "الأحد الماضي", "، الاثنين،"), only when the article's day is known.
	 */
	private DateHit relative(List<Token> tokens, int i, PartialDate reference) {
		if (reference == null || reference.earliest() == null || reference.day() == null || !tokens.get(i).word()) {
			return null;
		}
		LocalDate base = reference.earliest();
		PhraseMatcher.Match<DateLexicon.Relation> rel = lex.relations.at(tokens, i);
		if (rel != null && rel.value().unit().equals("day")) {
			Integer weekday = rel.end() < tokens.size() ? lex.weekday(tokens.get(rel.end())) : null;
			if (rel.value().offset() == 0 && weekday != null) {
				return weekdayHit(base, weekday, 0, i, rel.end() + 1);
			}
			boolean today = rel.value().offset() == 0;
			if (today && (i > 0 && functions.has(tokens.get(i - 1), FunctionWords.Role.DAY) || !isEventDay(tokens, i))) {
				return null;
			}
			LocalDate date = base.plusDays(rel.value().offset());
			return new DateHit(PartialDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()), null, i, rel.end(), true, false, false);
		}
		Integer weekday = lex.weekday(tokens.get(i));
		if (weekday == null) {
			return null;
		}
		boolean dayWord = i > 0 && (functions.has(tokens.get(i - 1), FunctionWords.Role.DAY) || tokens.get(i - 1).comma()
				|| functions.has(tokens.get(i - 1), FunctionWords.Role.TIME_OF_DAY));
		// "الأحد الماضي", "الخميس المقبل": a weekday placed before or after the article's day needs no "يوم"
		PhraseMatcher.Match<DateLexicon.Relation> placed = i + 1 < tokens.size() ? lex.relations.at(tokens, i + 1) : null;
		if (!dayWord && (placed == null || !placed.value().unit().equals("month") || placed.value().offset() == 0)) {
			return null;
		}
		int end = i + 1;
		int direction = 0;
		if (end < tokens.size()) {
			PhraseMatcher.Match<DateLexicon.Relation> after = lex.relations.at(tokens, end);
			if (after != null && after.value().unit().equals("month")) {
				direction = Integer.signum(after.value().offset());
				end = after.end();
			}
		}
		return weekdayHit(base, weekday, direction, dayWord && tokens.get(i - 1).word() ? i - 1 : i, end);
	}

	/** The weekday on or before the article's day, or after it for "المقبل". */
	private static DateHit weekdayHit(LocalDate base, int weekday, int direction, int start, int end) {
		LocalDate date;
		if (direction > 0) {
			int forward = (DayOfWeek.of(weekday).getValue() - base.getDayOfWeek().getValue() + 7) % 7;
			date = base.plusDays(forward == 0 ? 7 : forward);
		}
		else {
			int back = (base.getDayOfWeek().getValue() - DayOfWeek.of(weekday).getValue() + 7) % 7;
			date = base.minusDays(direction < 0 && back == 0 ? 7 : back);
		}
		return new DateHit(PartialDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()), null, start, end, true, false, false);
	}

	/**
	 * "اليوم" means today only near a verb or a time of day ("مساء اليوم"), closing a clause ("في مكتبه اليوم،"),
	 * after a word with the article, a preposition before it or not ("بالرياض اليوم"), after a place ("في أنقرة اليوم"),
	 * after an event noun ("خلال اجتماعه اليوم"), or before whom or what the day's meeting was with ("… اليوم مع …",
	 * "التقى فلان اليوم وزير …"); not in "عالم اليوم".
	 */
	private boolean isEventDay(List<Token> tokens, int i) {
		if (i + 1 < tokens.size()) {
			Token next = tokens.get(i + 1);
			if (next.comma() || next.is(".") || words.is(next, WordLexicon.Kind.VERB) || functions.is(next, FunctionWords.Role.WITH)
					|| titles.at(tokens, i + 1) != null) {
				return true;
			}
		}
		if (i == 0) {
			return false;
		}
		Token before = tokens.get(i - 1);
		return words.is(before, WordLexicon.Kind.VERB) || before.is("،") || functions.has(before, FunctionWords.Role.TIME_OF_DAY)
				|| eventNouns.at(tokens, i - 1) != null || placeEndsAt(tokens, i)
				|| before.word() && (before.definite() || before.forms().stream().anyMatch(f -> f.startsWith("ال") && f.length() > 3));
	}

	/** A place the gazetteer knows ends right before token i ("في أنقرة اليوم"). */
	private boolean placeEndsAt(List<Token> tokens, int i) {
		for (int k = Math.max(0, i - 3); k < i; k++) {
			PhraseMatcher.Match<Gazetteer.Place> place = places.at(tokens, k);
			if (place != null && place.end() == i) {
				return true;
			}
		}
		return false;
	}
}
