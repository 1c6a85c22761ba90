package org.majlis.ingest.extract;

import java.util.List;

import org.majlis.common.PartialDate;

/**
 * Reads the head of an article: a dateline ("باريس في 12 يونيو/ بنا /", "ليون (فرنسا) –"), a news-agency
 * tag that tells the article's country, and a date standing alone on a line near the top.
 */
final class DatelineReader {

	/** @param place the dateline's place, or null; {@code date} its date or the top date line, or null */
	record Dateline(PlaceReader.PlaceHit place, PartialDate date, boolean dateFromDateline, String agencyCountry) {
	}

	private static final int HEAD_CHARS = 700;

	private final Lexicons lex;
	private final DateReader dates;

	DatelineReader(Lexicons lex, DateReader dates) {
		this.lex = lex;
		this.dates = dates;
	}

	Dateline read(String text, List<Token> tokens, List<PlaceReader.PlaceHit> places) {
		String country = agency(tokens);
		PlaceReader.PlaceHit place = null;
		PartialDate date = null;
		boolean fromDateline = false;
		for (PlaceReader.PlaceHit hit : places) {
			Token first = tokens.get(hit.start());
			if (first.start() > HEAD_CHARS) {
				break;
			}
			boolean lineStart = first.start() == 0 || text.charAt(first.start() - 1) == '\n';
			if (!lineStart || !first.folded().equals(hit.form())) {
				continue;
			}
			int j = hit.end();
			if (j + 2 < tokens.size() && tokens.get(j).is("(") && tokens.get(j + 2).is(")")) {
				j += 3;
			}
			if (j < tokens.size() && (tokens.get(j).is("–") || tokens.get(j).is("-") || tokens.get(j).is("—") || tokens.get(j).is(":"))) {
				place = hit;
				break;
			}
			if (j < tokens.size() && tokens.get(j).is("في")) {
				List<DateReader.DateHit> found = dates.read(tokens.subList(j + 1, Math.min(tokens.size(), j + 8)), null);
				if (!found.isEmpty() && found.get(0).startToken() == 0) {
					place = hit;
					date = found.get(0).start();
					fromDateline = true;
					break;
				}
			}
		}
		if (date == null) {
			date = dateLine(text, tokens);
		}
		return new Dateline(place, date, fromDateline, country);
	}

	private String agency(List<Token> tokens) {
		for (int i = 1; i < Math.min(tokens.size(), 120); i++) {
			Token before = tokens.get(i - 1);
			if (!(before.is("/") || before.is("(") || before.is("-") || before.is("–"))) {
				continue;
			}
			PhraseMatcher.Match<String> tag = lex.agencies.at(tokens, i);
			if (tag != null && tag.end() < tokens.size() && tokens.get(i).folded().equals(tag.firstForm())) {
				Token after = tokens.get(tag.end());
				if (after.is("/") || after.is(")") || after.is("-") || after.is("–")) {
					return tag.value();
				}
			}
		}
		return null;
	}

	/** A line near the top that holds only a date ("١١ فبراير، ٢٠٢٥"). */
	private PartialDate dateLine(String text, List<Token> tokens) {
		int lineStart = 0;
		for (int line = 0; line < 6 && lineStart < text.length(); line++) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			int from = lineStart;
			int to = lineEnd;
			List<Token> lineTokens = tokens.stream().filter(t -> t.start() >= from && t.end() <= to).toList();
			List<DateReader.DateHit> found = dates.read(lineTokens, null);
			if (found.size() == 1 && found.get(0).startToken() == 0 && found.get(0).endToken() >= lineTokens.size() - 1) {
				return found.get(0).start();
			}
			lineStart = lineEnd + 1;
		}
		return null;
	}
}
