package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/** Finds countries and cities of the gazetteer, in Arabic (with clitics and long forms) and in English. */
final class PlaceReader {

	/** @param form the folded form the first word matched as, without its clitic */
	record PlaceHit(int start, int end, Lexicons.PlaceEntry entry, String form) {
	}

	private final Lexicons lex;

	PlaceReader(Lexicons lex) {
		this.lex = lex;
	}

	List<PlaceHit> read(List<Token> tokens) {
		List<PlaceHit> out = new ArrayList<>();
		for (PhraseMatcher.Match<Lexicons.PlaceEntry> m : lex.places.findAll(tokens)) {
			out.add(new PlaceHit(m.start(), m.end(), m.value(), m.firstForm()));
		}
		return out;
	}

	/** True when the place is introduced as where something happens ("في", "بمدينة", "بالمملكة"). */
	static boolean locative(List<Token> tokens, PlaceHit hit) {
		Token first = tokens.get(hit.start());
		if (!hit.form().equals(first.folded()) && (first.folded().startsWith("ب") || first.folded().startsWith("وب"))) {
			return true;
		}
		if (hit.start() == 0) {
			return false;
		}
		Token before = tokens.get(hit.start() - 1);
		return before.forms().contains("في") || before.forms().contains("مدينه") || before.forms().contains("عاصمه")
				|| before.forms().contains("العاصمه");
	}
}
