package org.majlis.ingest.extract;

/** Every lexicon of {@code lexicon/*.tsv}, loaded once and read-only afterwards, grouped by what they describe. */
final class Lexicons {

	final WordLexicon words = new WordLexicon();
	final FunctionWords functions = new FunctionWords();
	final NameLexicon names = new NameLexicon();
	final Gazetteer places = new Gazetteer();
	final OrganizationLexicon organizations = new OrganizationLexicon();
	final OfficeLexicon offices = new OfficeLexicon();
	final DateLexicon dates = new DateLexicon();
	final EventLexicon events = new EventLexicon();

	/**
	 * True when the word at k starts with the conjunction "و" ("ومدير", "والتونسي"), not with a "و" of its own
	 * ("وزير", "وكيل", "وزارة", "وليد"): the whole word is no entry of a lexicon that the word without "و" would be.
	 */
	boolean conjoined(java.util.List<Token> tokens, int k) {
		Token t = tokens.get(k);
		if (!t.word() || !t.folded().startsWith("و") || t.folded().length() < 3) {
			return false;
		}
		return !whole(offices.titles.at(tokens, k), t) && !whole(offices.implying.at(tokens, k), t) && !whole(organizations.heads.at(tokens, k), t)
				&& !whole(organizations.known.at(tokens, k), t) && !whole(offices.ranks.at(tokens, k), t) && !whole(events.nouns.at(tokens, k), t)
				&& !whole(events.participation.at(tokens, k), t) && !names.givenExactly(t) && !names.particle(t) && words.ownKind(t) == null;
	}

	private static boolean whole(PhraseMatcher.Match<?> match, Token t) {
		return match != null && match.firstForm().equals(t.folded());
	}
}
