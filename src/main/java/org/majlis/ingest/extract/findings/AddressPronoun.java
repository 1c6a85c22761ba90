package org.majlis.ingest.extract.findings;

import java.util.Comparator;
import java.util.List;

import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.OfficeLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Possessive;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * A pronoun that stands for someone the article named before: the honorific of address with "ـه" joined to it
 * ("سموه", "معاليه", "سعادته": "سمو", "معالي", "سعادة" in {@code ranks.tsv}), or "ـه" alone ("في استقباله").
 */
public final class AddressPronoun {

	/** How many words before a name (or inside its mention) its honorific of address may stand ("الفريق سمو الشيخ سيف"). */
	private static final int HONORIFIC_REACH = 4;

	private AddressPronoun() {
	}

	/** The folded honorific of address the word is with the pronoun joined to it ("سموه" gives "سمو"), or null. */
	public static String honorific(Lexicons lex, Token t) {
		String stem = t.word() ? Possessive.stem(t.folded(), "ه", 3) : null;
		if (stem == null) {
			return null;
		}
		List<Token> tokens = Tokenizer.tokenize(stem);
		PhraseMatcher.Match<OfficeLexicon.Rank> rank = tokens.size() == 1 ? lex.offices.ranks.at(tokens, 0) : null;
		return rank != null && !rank.value().stored() ? tokens.getFirst().folded() : null;
	}

	/**
	 * The named person a pronoun at token k stands for: of the people named before it, the first with that honorific
	 * ("الفريق سمو الشيخ …" for "سموه"), else the first named, whom the article is about; null if nobody is named before.
	 */
	public static Actor referent(ArticleContext a, List<Actor> actors, int k, String honorific) {
		List<Actor> named = actors.stream().filter(x -> x.start() < k && x.personRef() != null)
			.sorted(Comparator.comparingInt(Actor::start)).toList();
		if (honorific != null) {
			for (Actor actor : named) {
				for (int j = Math.max(0, actor.start() - HONORIFIC_REACH); j < actor.end(); j++) {
					if (a.tokens.get(j).forms().contains(honorific)) {
						return actor;
					}
				}
			}
		}
		return named.isEmpty() ? null : named.getFirst();
	}
}
