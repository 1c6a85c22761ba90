package org.majlis.ingest.extract;

import java.util.List;
import java.util.Set;

import org.majlis.common.PartialDate;

/**
 * Reads the head of an article: a dateline ("باريس في 12 يونيو/ بنا /", "ليون (فرنسا) –"), a news-agency
 * tag that tells the article's country, and a date standing alone on a line near the top.
 */
final class DatelineReader {

	/**
	 * @param place the dateline's place, or null; {@code date} its date or the top date line, or null
	 * @param bodyStart the first token after the dateline (0 when there is none)
	 */
	record Dateline(PlaceReader.PlaceHit place, PartialDate date, boolean dateFromDateline, String agencyCountry, int bodyStart) {
	}

	private static final int HEAD_CHARS = 700;
	private static final Set<String> DASHES = Set.of("-", "–", "—", ":");

	private final Lexicons lex;
	private final DateReader dates;

	DatelineReader(Lexicons lex, DateReader dates) {
		this.lex = lex;
		this.dates = dates;
	}

	/** Reads the dateline; {@code published} (may be null) gives the year a dateline's date leaves out. */
	Dateline read(String text, List<Token> tokens, List<PlaceReader.PlaceHit> places, PartialDate published) {
		String country = agency(tokens);
		PlaceReader.PlaceHit place = null;
		PartialDate date = null;
		boolean fromDateline = false;
		int bodyStart = 0;
		for (PlaceReader.PlaceHit hit : places) {
			Token first = tokens.get(hit.start());
			if (first.start() > HEAD_CHARS) {
				break;
			}
			if (!first.lineStart() || !first.folded().equals(hit.form())) {
				continue;
			}
			int j = skipParenthesis(tokens, hit.end());
			if (j < tokens.size() && tokens.get(j).is("في")) {
				j++;
			}
			List<DateReader.DateHit> found = dates.read(tokens.subList(j, Math.min(tokens.size(), j + 8)), published);
			PartialDate own = null;
			if (!found.isEmpty() && found.get(0).startToken() == 0) {
				own = found.get(0).start();
				j += found.get(0).endToken();
			}
			j = skipAgency(tokens, j);
			if (j < tokens.size() && DASHES.contains(tokens.get(j).folded())) {
				j++;
			}
			else if (own == null) {
				continue;
			}
			place = hit;
			date = own;
			fromDateline = own != null;
			bodyStart = j;
			break;
		}
		if (date == null) {
			date = dateLine(text, tokens);
		}
		return new Dateline(place, date, fromDateline, country, bodyStart);
	}

	/** Skips "(فرنسا)" or "(بترا)" after a dateline's place or date. */
	private static int skipParenthesis(List<Token> tokens, int j) {
		if (j < tokens.size() && tokens.get(j).is("(")) {
			for (int k = j + 1; k < Math.min(tokens.size(), j + 6); k++) {
				if (tokens.get(k).is(")")) {
					return k + 1;
				}
			}
		}
		return j;
	}

	/** Skips an agency tag written "/ بنا /" or "(بترا)" after a dateline. */
	private int skipAgency(List<Token> tokens, int j) {
		int k = skipParenthesis(tokens, j);
		if (k > j) {
			return k;
		}
		if (j + 1 < tokens.size() && tokens.get(j).is("/")) {
			PhraseMatcher.Match<String> tag = lex.agencies.at(tokens, j + 1);
			if (tag != null && tag.end() < tokens.size() && tokens.get(tag.end()).is("/")) {
				return tag.end() + 1;
			}
		}
		return j;
	}

	private String agency(List<Token> tokens) {
		for (int i = 1; i < Math.min(tokens.size(), 120); i++) {
			Token before = tokens.get(i - 1);
			if (!(before.is("/") || before.is("(") || before.is("-") || before.is("–"))) {
				continue;
			}
			PhraseMatcher.Match<String> tag = lex.agencies.at(tokens, i);
			if (tag != null && tag.end() <= tokens.size() && tokens.get(i).folded().equals(tag.firstForm())) {
				boolean lineEnd = tag.end() == tokens.size() || tokens.get(tag.end()).lineStart();
				Token after = tokens.get(Math.min(tag.end(), tokens.size() - 1));
				if (lineEnd || after.is("/") || after.is(")") || after.is("-") || after.is("–")) {
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
