package org.majlis.ingest.extract.findings;

import java.util.List;
import java.util.Set;

import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Gazetteer;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.place.PlaceKind;

/**
 * Whether a place is named as where something happens rather than in passing: read for the country an article is
 * set in and for the place of an event.
 */
public final class Locatives {

	private static final Set<String> QUOTES = Set.of("«", "»", "\"", "“", "”");

	private final Lexicons lex;

	public Locatives(Lexicons lex) {
		this.lex = lex;
	}

	/**
	 * True when the place is introduced as where something happens ("في", "بمدينة", "بالمملكة", "في العاصمة
	 * الماليزية") or hosts it ("احتضنت الرباط").
	 */
	public boolean locative(List<Token> tokens, PlaceHit hit) {
		Token first = tokens.get(hit.start());
		if (!hit.form().equals(first.folded()) && (first.folded().startsWith("ب") || first.folded().startsWith("وب"))) {
			return !relatedTo(tokens, hit);
		}
		int at = hit.start();
		while (at > 0 && QUOTES.contains(tokens.get(at - 1).folded())) {
			at--;
		}
		if (at == 0) {
			return false;
		}
		Token before = tokens.get(at - 1);
		if (introduces(tokens, at - 1) || lex.functions.has(before, FunctionWords.Role.LOCATIVE) || hosting(tokens, at - 1)) {
			return true;
		}
		if (at >= 2 && before.definite() && introduces(tokens, at - 2)) {
			return true;
		}
		PhraseMatcher.Match<Boolean> venue = at >= 1 ? lex.places.venueNouns.at(tokens, at - 1) : null;
		return venue != null && venue.end() == at
				&& (tokens.get(at - 1).folded().startsWith("ب") || at >= 2 && lex.functions.is(tokens.get(at - 2), FunctionWords.Role.LOCATIVE));
	}

	/**
	 * "العلاقات التي تربط الأردن بألمانيا", "علاقات المملكة بفرنسا": a country after another country or a word for the
	 * article's own state is the other side of a relation, not where something happens.
	 */
	private boolean relatedTo(List<Token> tokens, PlaceHit hit) {
		if (hit.entry() == null || hit.entry().kind() != PlaceKind.COUNTRY || hit.start() == 0) {
			return false;
		}
		Token before = tokens.get(hit.start() - 1);
		if (lex.places.stateWord(before) && before.definite()) {
			return true;
		}
		for (int k = Math.max(0, hit.start() - 4); k < hit.start(); k++) {
			PhraseMatcher.Match<Gazetteer.Place> other = lex.places.places.at(tokens, k);
			if (other != null && other.end() == hit.start() && other.value().kind() == PlaceKind.COUNTRY
					&& other.firstForm().equals(tokens.get(k).folded())) {
				return true;
			}
		}
		return false;
	}

	/** "بمدينة", "في العاصمة": a noun that introduces a place as a location (not "جمهورية" of a country's long name). */
	private boolean introduces(List<Token> tokens, int i) {
		String kind = lex.places.placeNoun(tokens, i);
		return "city".equals(kind) || "capital".equals(kind) || "region".equals(kind);
	}

	private boolean hosting(List<Token> tokens, int i) {
		PhraseMatcher.Match<EventLexicon.OrganizerTrigger> m = lex.events.organizerTriggers.at(tokens, i);
		return m != null && m.end() == i + 1 && m.value().kind().equals("host");
	}
}
