package org.majlis.ingest.extract.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.LexiconTable;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * Calendar words: month names of the Gregorian families and the Hijri calendar ({@code lexicon/months.tsv}),
 * weekdays, words that place a date relative to the article's ({@code date-relations.tsv}) and durations
 * ({@code durations.tsv}).
 */
public final class DateLexicon {

	public record Month(int month, boolean hijri) {
	}

	/** @param unit day, month, week or year */
	public record Relation(String unit, int offset) {
	}

	public final PhraseMatcher<Month> months = new PhraseMatcher<>(false);
	final Map<String, Integer> weekdays = new HashMap<>();
	public final PhraseMatcher<Relation> relations = new PhraseMatcher<>(false);
	public final PhraseMatcher<Integer> durations = new PhraseMatcher<>(false);
	/** Folded words around dates by role: range, from, year, hijri, gregorian (see {@code date-words.tsv}). */
	private final Map<String, Set<String>> roles = new HashMap<>();

	/**
	 * The days after the event reported before that a word of a later day between tokens {@code from} and {@code to}
	 * gives ("وفي اليوم التالي" 1, "بعد يومين" 2), or null when none stands there.
	 */
	public Integer followingDays(List<Token> tokens, int from, int to) {
		for (int k = from; k < to; k++) {
			PhraseMatcher.Match<Relation> relation = relations.at(tokens, k);
			if (relation != null && relation.value().unit().equals("following")) {
				return relation.value().offset();
			}
		}
		return null;
	}

	DateLexicon() {
		for (LexiconTable.Row row : LexiconTable.load("months").rows()) {
			months.add(row.get("form"), new Month(row.number("month"), row.is("family", "hijri")));
		}
		for (LexiconTable.Row row : LexiconTable.load("weekdays").rows()) {
			weekdays.put(Tokenizer.words(row.get("form")).get(0), row.number("isoDay"));
		}
		for (LexiconTable.Row row : LexiconTable.load("date-relations").rows()) {
			relations.add(row.get("word"), new Relation(row.get("unit"), row.number("offset")));
		}
		for (LexiconTable.Row row : LexiconTable.load("durations").rows()) {
			durations.add(row.get("phrase"), row.number("days"));
		}
		for (LexiconTable.Row row : LexiconTable.load("date-words").rows()) {
			String word = row.get("word");
			String folded = Tokenizer.words(word).isEmpty() ? word : Tokenizer.words(word).get(0);
			roles.computeIfAbsent(row.get("role"), k -> new HashSet<>()).add(folded);
		}
	}

	/** True when the token, or the token without its clitics ("واختتمت", "وفي ختام"), plays the role. */
	public boolean has(Token token, String role) {
		Set<String> words = roles.getOrDefault(role, Set.of());
		return token.forms().stream().anyMatch(words::contains);
	}

	/** True when the token plays the role around dates ("range", "from", "year", "hijri", "gregorian"). */
	public boolean is(Token token, String role) {
		return roles.getOrDefault(role, Set.of()).contains(token.folded());
	}

	/** The ISO weekday of a word ("الاثنين", "الإثنين", "يوم الخميس" without its "يوم"), or null. */
	public Integer weekday(Token token) {
		for (String form : token.forms()) {
			Integer day = weekdays.get(form);
			if (day != null) {
				return day;
			}
		}
		return null;
	}
}
