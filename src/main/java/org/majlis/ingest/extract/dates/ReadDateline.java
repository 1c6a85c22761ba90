package org.majlis.ingest.extract.dates;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.DateHit;
import org.majlis.ingest.extract.findings.Dateline;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.PlaceHit;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;

/**
 * Reads the head of an article: a dateline ("باريس في 12 يونيو/ بنا /", "ليون (فرنسا) –", "أبوظبي (وام)", "الرياض 05
 * ربيع الآخر 1446 هـ الموافق 08 أكتوبر 2024 م واس", whose Gregorian date is the one kept, "الكويت، 5 مارس 2025" on a
 * line of its own or before a tag or a dash, "الدوحة، 5 مارس 2025 (قنا) -"), a
 * news-agency tag that tells the article's country, and a date standing alone on a line near the top. The date
 * relative words count from is the publication date, else the dateline's.
 */
public final class ReadDateline implements Stage {

	private static final int HEAD_CHARS = 700;
	private static final Set<String> DASHES = Set.of("-", "–", "—", ":");
	/** "الموافق": the Hijri date of an SPA dateline is followed by the Gregorian one it corresponds to. */
	private static final String CORRESPONDING = "الموافق";

	private final Lexicons lex;
	private final DateReader dates;

	public ReadDateline(Lexicons lex) {
		this.lex = lex;
		this.dates = new DateReader(lex);
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.PLACES);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.DATELINE);
	}

	@Override
	public void apply(ArticleContext a) {
		a.dateline = read(a.text, a.tokens, a.places, a.publishedAt);
		a.reference = a.publishedAt != null ? a.publishedAt : a.dateline.date();
	}

	private Dateline read(String text, List<Token> tokens, List<PlaceHit> places, PartialDate published) {
		String country = agency(tokens);
		PlaceHit place = null;
		PartialDate date = null;
		boolean fromDateline = false;
		int bodyStart = 0;
		for (PlaceHit hit : places) {
			Token first = tokens.get(hit.start());
			if (first.start() > HEAD_CHARS) {
				break;
			}
			if (hit.entry() == null || !first.lineStart() || !first.folded().equals(hit.form())) {
				continue;
			}
			int afterPlace = skipParenthesis(tokens, hit.end());
			int j = afterPlace;
			if (j < tokens.size() && lex.functions.is(tokens.get(j), FunctionWords.Role.LOCATIVE)) {
				j++;
			}
			PartialDate own = null;
			DateHit stated = dateAt(tokens, j, published);
			int dateInBody = -1;
			if (stated == null && j < tokens.size() && tokens.get(j).comma() && !lineOfItsOwn(tokens, j + 1, published)
					&& taggedOrDashed(tokens, j + 1, published)) {
				// "الدوحة، 5 مارس 2025 (قنا) -": the place is the dateline's; the date stays the first sentence's, which it dates
				// against any weekday the sentence gives ("… - انطلقت اليوم الأحد …")
				dateInBody = j + 1;
			}
			if (stated == null && j < tokens.size() && tokens.get(j).comma()
					&& (lineOfItsOwn(tokens, j + 1, published) || dateInBody > 0)) {
				// "الرياض، 5 مارس 2025" on a line of its own, the agency's tag on the next
				j++;
				stated = dateAt(tokens, j, published);
			}
			if (stated != null) {
				own = stated.start();
				j += stated.endToken();
				DateHit gregorian = j + 1 < tokens.size() && tokens.get(j).is(CORRESPONDING) ? dateAt(tokens, j + 1, published) : null;
				if (gregorian != null) {
					own = gregorian.start();
					j += 1 + gregorian.endToken();
				}
				if (j < tokens.size() && tokens.get(j).is("م")) {
					j++;
				}
			}
			int beforeAgency = j;
			j = skipAgency(tokens, j);
			boolean tagged = afterPlace > hit.end() || j > beforeAgency && tokens.get(beforeAgency).is("/");
			if (j < tokens.size() && DASHES.contains(tokens.get(j).folded())) {
				j++;
			}
			else if (own == null && !tagged) {
				continue;
			}
			place = hit;
			date = own;
			fromDateline = own != null;
			bodyStart = dateInBody > 0 ? dateInBody : j;
			break;
		}
		if (date == null) {
			date = dateLine(text, tokens);
		}
		return new Dateline(place, date, fromDateline, country, bodyStart);
	}

	/** A date at token j that ends its line. */
	private boolean lineOfItsOwn(List<Token> tokens, int j, PartialDate published) {
		DateHit date = dateAt(tokens, j, published);
		int after = date == null ? -1 : j + date.endToken();
		return date != null && (after >= tokens.size() || tokens.get(after).lineStart());
	}

	/** A date at token j followed by an agency's tag or a dash, as a dateline's date is. */
	private boolean taggedOrDashed(List<Token> tokens, int j, PartialDate published) {
		DateHit date = dateAt(tokens, j, published);
		if (date == null) {
			return false;
		}
		int after = j + date.endToken();
		int tagged = skipAgency(tokens, after);
		return tagged > after || after < tokens.size() && DASHES.contains(tokens.get(after).folded());
	}

	/** The date that starts at token j, read from the few tokens a date takes; null when none starts there. */
	private DateHit dateAt(List<Token> tokens, int j, PartialDate published) {
		if (j >= tokens.size()) {
			return null;
		}
		List<DateHit> found = dates.read(tokens.subList(j, Math.min(tokens.size(), j + 8)), published);
		return !found.isEmpty() && found.get(0).startToken() == 0 ? found.get(0) : null;
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

	/**
	 * Skips an agency tag written "/ بنا /", "(بترا)", after a slash or bare at the end of the dateline's line ("بغداد / واع",
	 * "… 2024 م واس").
	 */
	private int skipAgency(List<Token> tokens, int j) {
		int k = skipParenthesis(tokens, j);
		if (k > j) {
			return k;
		}
		PhraseMatcher.Match<String> bare = j < tokens.size() ? lex.events.agencies.at(tokens, j) : null;
		if (bare != null && (bare.end() == tokens.size() || tokens.get(bare.end()).lineStart())) {
			return bare.end();
		}
		if (j + 1 < tokens.size() && tokens.get(j).is("/")) {
			PhraseMatcher.Match<String> tag = lex.events.agencies.at(tokens, j + 1);
			if (tag != null && tag.end() < tokens.size() && tokens.get(tag.end()).is("/")) {
				return tag.end() + 1;
			}
			// "بغداد / واع" on a line of its own
			if (tag != null && (tag.end() == tokens.size() || tokens.get(tag.end()).lineStart())) {
				return tag.end();
			}
		}
		return j;
	}

	/** The country of a news agency tagged near the top ("/ بنا /", "(وام)", "- قنا"), or null. */
	private String agency(List<Token> tokens) {
		for (int i = 0; i < Math.min(tokens.size(), 120); i++) {
			Token before = i > 0 ? tokens.get(i - 1) : null;
			boolean opened = before == null ? tokens.get(i).lineStart()
					: before.is("/") || before.is("(") || before.is("-") || before.is("–") || tokens.get(i).lineStart();
			if (!opened) {
				continue;
			}
			PhraseMatcher.Match<String> tag = lex.events.agencies.at(tokens, i);
			if (tag != null && tokens.get(i).folded().equals(tag.firstForm())) {
				boolean lineEnd = tag.end() == tokens.size() || tokens.get(tag.end()).lineStart();
				Token after = tokens.get(Math.min(tag.end(), tokens.size() - 1));
				if (lineEnd || after.is("/") || after.is(")") || after.is("-") || after.is("–")) {
					return tag.value();
				}
			}
		}
		return null;
	}

	/** A line near the top that holds only a date ("١١ فبراير، ٢٠٢٥", "التاريخ: 2022-11-30 16:19:03"). */
	private PartialDate dateLine(String text, List<Token> tokens) {
		int lineStart = 0;
		for (int line = 0; line < 8 && lineStart < text.length(); line++) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			int from = lineStart;
			int to = lineEnd;
			List<Token> lineTokens = tokens.stream().filter(t -> t.start() >= from && t.end() <= to).toList();
			List<DateHit> found = dates.read(lineTokens, null);
			if (found.size() == 1 && !found.get(0).yearOnly() && found.get(0).start().day() != null && leadsLine(lineTokens, found.get(0))) {
				return found.get(0).start();
			}
			lineStart = lineEnd + 1;
		}
		return null;
	}

	/** The date opens its line, after at most a label or a weekday ("التاريخ:", "السبت"), and ends it but for a time. */
	private boolean leadsLine(List<Token> line, DateHit date) {
		if (date.startToken() > 2) {
			return false;
		}
		for (int k = date.endToken(); k < line.size(); k++) {
			Token t = line.get(k);
			if (t.word() && !t.number() && t.folded().length() > 1 && lex.places.places.at(line, k) == null) {
				return false;
			}
		}
		return true;
	}
}
