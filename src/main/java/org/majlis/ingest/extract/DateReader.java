package org.majlis.ingest.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.majlis.common.PartialDate;

/**
 * Reads dates in the forms news uses: "١١ فبراير، ٢٠٢٥", "13-11 شباط/فبراير" (a range written right to left),
 * "من 24 حتى 27 نونبر الجاري", month names of the Egyptian/Gulf, Levantine and Maghrebi families, and
 * "أمس"/"اليوم"/weekdays relative to the article's date. Missing years come from the reference date.
 */
final class DateReader {

	record DateHit(PartialDate start, PartialDate end, int startToken, int endToken, boolean relative) {
	}

	private static final Set<String> RANGE_WORDS = Set.of("حتي", "الي", "و", "لغايه", "-", "–", "—");
	private static final Set<String> FROM_WORDS = Set.of("من", "بين", "ما");

	private final Lexicons lex;

	DateReader(Lexicons lex) {
		this.lex = lex;
	}

	List<DateHit> read(List<Token> tokens, PartialDate reference) {
		List<DateHit> out = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			PhraseMatcher.Match<Lexicons.Month> month = lex.months.at(tokens, i);
			if (month != null && !isMonthWordInText(tokens, i)) {
				DateHit hit = around(tokens, i, month, reference);
				if (hit != null) {
					out.add(hit);
					i = hit.endToken() - 1;
				}
				continue;
			}
			DateHit numeric = numeric(tokens, i);
			if (numeric != null) {
				out.add(numeric);
				i = numeric.endToken() - 1;
				continue;
			}
			DateHit relative = relative(tokens, i, reference);
			if (relative != null) {
				out.add(relative);
			}
		}
		return out;
	}

	/** "2024/12/03" (year first, as Arabic news writes it) or "03/12/2024"; Hijri years fall outside the range read. */
	private static DateHit numeric(List<Token> tokens, int i) {
		if (i + 4 >= tokens.size() || !tokens.get(i).number()) {
			return null;
		}
		Token sep = tokens.get(i + 1);
		if (!(sep.is("/") || sep.is("-") || sep.is(".")) || !tokens.get(i + 2).number() || !tokens.get(i + 3).is(sep.folded()) || !tokens.get(i + 4).number()) {
			return null;
		}
		int a = tokens.get(i).intValue();
		int b = tokens.get(i + 2).intValue();
		int c = tokens.get(i + 4).intValue();
		boolean yearFirst = tokens.get(i).folded().length() == 4;
		int year = yearFirst ? a : c;
		int day = yearFirst ? c : a;
		if (year < 1900 || year > 2100 || (!yearFirst && tokens.get(i + 4).folded().length() != 4)) {
			return null;
		}
		try {
			return new DateHit(PartialDate.of(year, b, day), null, i, i + 5, false);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** "ماي" and "آب" are also ordinary words; they count as months only next to a day number. */
	private boolean isMonthWordInText(List<Token> tokens, int i) {
		String f = tokens.get(i).folded();
		boolean ambiguous = f.equals("ماي") || f.equals("اب") || f.equals("may") || f.equals("march");
		return ambiguous && !(i > 0 && tokens.get(i - 1).number());
	}

	private DateHit around(List<Token> tokens, int i, PhraseMatcher.Match<Lexicons.Month> month, PartialDate reference) {
		int m = month.value().month();
		int end = month.end();
		if (end + 1 < tokens.size() && tokens.get(end).is("/") && lex.months.at(tokens, end + 1) != null) {
			end = lex.months.at(tokens, end + 1).end();
		}
		Integer dayTo = null;
		Integer dayFrom = null;
		int start = i;
		if (i > 0 && tokens.get(i - 1).number() && tokens.get(i - 1).intValue() >= 1 && tokens.get(i - 1).intValue() <= 31) {
			dayTo = tokens.get(i - 1).intValue();
			start = i - 1;
			if (i > 2 && RANGE_WORDS.contains(tokens.get(i - 2).folded()) && tokens.get(i - 3).number()) {
				int other = tokens.get(i - 3).intValue();
				if (other >= 1 && other <= 31 && other != dayTo) {
					dayFrom = Math.min(other, dayTo);
					dayTo = Math.max(other, dayTo);
					start = i - 3;
					if (start > 0 && FROM_WORDS.contains(tokens.get(start - 1).folded())) {
						start--;
					}
				}
			}
		}
		Integer year = null;
		String relation = null;
		int j = end;
		if (j < tokens.size() && (tokens.get(j).is("،") || tokens.get(j).is(","))) {
			j++;
		}
		if (j < tokens.size() && tokens.get(j).number() && tokens.get(j).folded().length() == 4) {
			int y = tokens.get(j).intValue();
			if (y >= 1900 && y <= 2100) {
				year = y;
				end = j + 1;
				if (end < tokens.size() && (tokens.get(end).is("م") || tokens.get(end).is("مـ"))) {
					end++;
				}
			}
		}
		else if (end < tokens.size() && tokens.get(end).word()) {
			String f = tokens.get(end).folded();
			if (f.equals("الجاري") || f.equals("الماضي") || f.equals("المقبل") || f.equals("القادم") || f.equals("الحالي")) {
				relation = f;
				end++;
			}
		}
		if (dayTo == null && year == null) {
			return null;
		}
		if (year == null) {
			year = resolveYear(m, relation, reference);
		}
		try {
			PartialDate first = new PartialDate(year, m, dayFrom != null ? dayFrom : dayTo);
			PartialDate last = dayFrom != null ? new PartialDate(year, m, dayTo) : null;
			return new DateHit(first, last, start, end, relation != null);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Integer resolveYear(int month, String relation, PartialDate reference) {
		if (reference == null || !reference.hasYear()) {
			return null;
		}
		int year = reference.year();
		if (reference.month() == null || relation == null) {
			return year;
		}
		if (relation.equals("الماضي") && month > reference.month()) {
			return year - 1;
		}
		if ((relation.equals("المقبل") || relation.equals("القادم")) && month < reference.month()) {
			return year + 1;
		}
		return year;
	}

	/** "أمس", "اليوم" and weekdays, only when the article's full date is known. */
	private DateHit relative(List<Token> tokens, int i, PartialDate reference) {
		if (reference == null || reference.earliest() == null || reference.day() == null) {
			return null;
		}
		Token t = tokens.get(i);
		if (!t.word()) {
			return null;
		}
		LocalDate base = reference.earliest();
		LocalDate date = null;
		if (t.forms().contains("امس")) {
			date = base.minusDays(1);
		}
		else if (t.is("اليوم") && i > 0 && !tokens.get(i - 1).forms().contains("يوم") && isEventDay(tokens, i)) {
			date = base;
		}
		else {
			Integer weekday = null;
			for (String form : t.forms()) {
				weekday = weekday != null ? weekday : lex.weekdays.get(form);
			}
			if (weekday != null && i > 0 && tokens.get(i - 1).forms().contains("يوم")) {
				int back = (base.getDayOfWeek().getValue() - DayOfWeek.of(weekday).getValue() + 7) % 7;
				date = base.minusDays(back);
			}
		}
		if (date == null) {
			return null;
		}
		return new DateHit(PartialDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()), null, i, i + 1, true);
	}

	/**
	 * "اليوم" means today only near a verb of holding, before a weekday ("اليوم الخميس") or closing a clause
	 * ("في مكتبه اليوم،"), not in "عالم اليوم".
	 */
	private boolean isEventDay(List<Token> tokens, int i) {
		if (i + 1 < tokens.size()) {
			Token next = tokens.get(i + 1);
			boolean weekday = next.forms().stream().anyMatch(lex.weekdays::containsKey);
			if (weekday || next.is("،") || next.is(",") || next.is(".")) {
				return true;
			}
		}
		return i > 0 && (lex.isWord(tokens.get(i - 1), Lexicons.WordKind.VERB) || (i + 1 < tokens.size() && lex.isWord(tokens.get(i + 1), Lexicons.WordKind.VERB)));
	}
}
