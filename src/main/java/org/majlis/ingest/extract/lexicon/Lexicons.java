package org.majlis.ingest.extract.lexicon;

import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;

/** Every lexicon of {@code lexicon/*.tsv}, loaded once and read-only afterwards, grouped by what they describe. */
public final class Lexicons {

	public final WordLexicon words = new WordLexicon();
	public final FunctionWords functions = new FunctionWords();
	public final NameLexicon names = new NameLexicon();
	public final Gazetteer places = new Gazetteer();
	public final OrganizationLexicon organizations = new OrganizationLexicon();
	public final OfficeLexicon offices = new OfficeLexicon();
	public final DateLexicon dates = new DateLexicon();
	public final EventLexicon events = new EventLexicon();

	/**
	 * True when the word at k starts with the conjunction "و" ("ومدير", "والتونسي"), not with a "و" of its own
	 * ("وزير", "وكيل", "وزارة", "وليد"): the whole word is no entry of a lexicon that the word without "و" would be.
	 */
	public boolean conjoined(java.util.List<Token> tokens, int k) {
		Token t = tokens.get(k);
		if (!t.word() || !t.folded().startsWith("و") || t.folded().length() < 3) {
			return false;
		}
		return !whole(offices.titles.at(tokens, k), t) && !whole(offices.implying.at(tokens, k), t) && !whole(offices.plurals.at(tokens, k), t)
				&& !whole(organizations.heads.at(tokens, k), t)
				&& !whole(organizations.known.at(tokens, k), t) && !whole(offices.ranks.at(tokens, k), t) && !whole(events.nouns.at(tokens, k), t)
				&& !whole(events.participation.at(tokens, k), t) && !names.givenExactly(t) && !names.particle(t) && words.ownKind(t) == null;
	}

	private static boolean whole(PhraseMatcher.Match<?> match, Token t) {
		return match != null && match.firstForm().equals(t.folded());
	}
}
