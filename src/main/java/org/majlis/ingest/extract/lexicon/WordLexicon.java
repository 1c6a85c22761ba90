package org.majlis.ingest.extract.lexicon;

import java.util.HashMap;
import java.util.Map;

import org.majlis.common.LexiconTable;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * Function words, verbs and other word classes of {@code lexicon/words.tsv}: what may not be part of a name or an
 * organisation's complement, and the words that mark a counterpart or a person referred to but not present.
 */
public final class WordLexicon {

	public enum Kind {
		/** Prepositions, pronouns, particles, adverbs and common nouns that end a name. */
		STOP,
		/** Adjectives that do not make a generic head a name ("الدولية", "العامة"). */
		GENERIC,
		/** Verbs and verbal adverbs. */
		VERB,
		/** "نظيره": a person's counterpart. */
		COUNTERPART,
		/** "تحيات", "توجيهات", "برعاية": the person named after it is spoken of, not present. */
		REFERENCE,
		/** "نيابة عن", "ممثلا عن": the office named next is someone else's. */
		DEPUTISING,
		/** "الخبراء", "المحاضرين": a plural of people, after which names are listed; it ends nothing ("لجنة الخبراء"). */
		PEOPLE,
		/** "المسؤول", "الضيف": a word for an official with no office of its own ("زار المسؤول الإسباني …"). */
		OFFICIAL
	}

	private final Map<String, Kind> kinds = new HashMap<>();
	private final java.util.Set<String> people = new java.util.HashSet<>();

	WordLexicon() {
		for (LexiconTable.Row row : LexiconTable.load("words").rows()) {
			Kind kind = Kind.valueOf(row.get("kind"));
			String word = Tokenizer.words(row.get("word")).get(0);
			if (kind == Kind.PEOPLE) {
				people.add(word);
			}
			else {
				kinds.put(word, kind);
			}
		}
	}

	/** "الخبراء": a plural of people before a list of names. */
	public boolean people(Token token) {
		return people.contains(token.folded());
	}

	/** The kind of a word, trying its clitic-free forms for function words and verbs. */
	public Kind kind(Token token) {
		Kind own = kinds.get(token.folded());
		if (own != null) {
			return own;
		}
		for (String form : token.forms()) {
			// the noun under the article ("للعلاقات" read as "علاقات") is not the bare word the lexicon lists
			if (token.folded().equals("ال" + form) || !form.startsWith("ال") && token.forms().contains("ال" + form)
					|| conjunctionAfterProclitic(token, form)) {
				continue;
			}
			Kind kind = kinds.get(form);
			if (kind != null && kind != Kind.GENERIC) {
				return kind;
			}
		}
		return null;
	}

	/**
	 * "كوفي" read as "ك" and "وفي": a conjunction comes before a preposition, never after it, so a word listed with
	 * its "و" ("وفي", "وقد") is no reading of a word that has another letter before that "و"; the foreign name stays a name.
	 */
	private boolean conjunctionAfterProclitic(Token token, String form) {
		return form.startsWith("و") && !token.folded().startsWith("و") && kinds.containsKey(form.substring(1));
	}

	/** The kind of the word as written, without trying other forms. */
	public Kind ownKind(Token token) {
		return kinds.get(token.folded());
	}

	public boolean is(Token token, Kind kind) {
		return kind(token) == kind;
	}

	/** True for words that end a name or a list item: function words, verbs, counterparts and references. */
	public boolean ends(Token token) {
		Kind kind = kind(token);
		return kind != null && kind != Kind.GENERIC;
	}
}
