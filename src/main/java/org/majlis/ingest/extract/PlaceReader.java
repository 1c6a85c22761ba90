package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.majlis.place.PlaceKind;

/** Finds countries and cities of the gazetteer, in Arabic (with clitics and long forms) and in English. */
final class PlaceReader {

	/** @param form the folded form the first word matched as, without its clitic */
	record PlaceHit(int start, int end, Lexicons.PlaceEntry entry, String form) {
	}

	private static final Set<String> HOSTING = Set.of("احتضنت", "احتضن", "تحتضن", "يحتضن", "استضافت", "استضاف", "تستضيف", "يستضيف");

	private final Lexicons lex;

	PlaceReader(Lexicons lex) {
		this.lex = lex;
	}

	List<PlaceHit> read(List<Token> tokens) {
		List<PhraseMatcher.Match<Lexicons.PlaceEntry>> matches = lex.places.findAll(tokens);
		Set<String> countries = new HashSet<>();
		matches.stream().filter(m -> m.value().kind() == PlaceKind.COUNTRY).forEach(m -> countries.add(m.value().key()));
		List<PlaceHit> out = new ArrayList<>();
		for (PhraseMatcher.Match<Lexicons.PlaceEntry> m : matches) {
			out.add(new PlaceHit(m.start(), m.end(), choose(tokens, m, countries), m.firstForm()));
		}
		return out;
	}

	/**
	 * Of places written alike once diacritics are dropped ("عمان" Oman, "عمّان" Amman): the one spelled exactly
	 * as the text marks it, else the city when its country is named too or it opens a line (a dateline), else
	 * the first of the gazetteer.
	 */
	private Lexicons.PlaceEntry choose(List<Token> tokens, PhraseMatcher.Match<Lexicons.PlaceEntry> m, Set<String> countries) {
		List<String> words = new ArrayList<>();
		words.add(m.firstForm());
		for (int k = m.start() + 1; k < m.end(); k++) {
			words.add(tokens.get(k).folded());
		}
		List<Lexicons.PlaceEntry> same = lex.placesBySpelling.getOrDefault(String.join(" ", words), List.of());
		if (same.size() < 2) {
			return m.value();
		}
		Token first = tokens.get(m.start());
		String written = Tokenizer.withoutClitic(first, m.firstForm());
		boolean marked = written.chars().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK);
		for (Lexicons.PlaceEntry e : same) {
			if (marked && (e.name().equals(written) || e.aliases().contains(written))) {
				return e;
			}
		}
		for (Lexicons.PlaceEntry e : same) {
			if (!marked && e.kind() == PlaceKind.CITY && (countries.contains(e.country()) || first.lineStart())) {
				return e;
			}
		}
		return m.value();
	}

	/**
	 * True when the place is introduced as where something happens ("في", "بمدينة", "بالمملكة", "في العاصمة
	 * الماليزية") or hosts it ("احتضنت الرباط").
	 */
	static boolean locative(List<Token> tokens, PlaceHit hit) {
		Token first = tokens.get(hit.start());
		if (!hit.form().equals(first.folded()) && (first.folded().startsWith("ب") || first.folded().startsWith("وب"))) {
			return true;
		}
		if (hit.start() == 0) {
			return false;
		}
		Token before = tokens.get(hit.start() - 1);
		if (introduces(before) || before.forms().contains("في") || before.forms().stream().anyMatch(HOSTING::contains)) {
			return true;
		}
		return hit.start() >= 2 && before.definite() && introduces(tokens.get(hit.start() - 2));
	}

	private static boolean introduces(Token t) {
		return t.forms().contains("مدينه") || t.forms().contains("عاصمه") || t.forms().contains("العاصمه");
	}
}
