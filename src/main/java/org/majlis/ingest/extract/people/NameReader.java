package org.majlis.ingest.extract.people;

import java.util.BitSet;
import java.util.List;

import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.WordLexicon;
import org.majlis.ingest.extract.text.Token;

/**
 * Where a personal name ends: two to eight words, up to a function word, a verb, a rank, an office, an event noun,
 * punctuation or a line break. A family name in "ال" closes it ("غازي عبدالرحمن العمر", so that the object of a verb
 * is not read into the name: "ثمن اللواء عثمان المحرج الدور …"); after a particle ("بن", "آل", "عبد", "ولد") the next word always belongs
 * to the name, so the Egyptian spelling of "علي" as "على" does not cut "سعيد بن على".
 */
final class NameReader {

	/** What introduces the name: a rank, an office, a given name alone, or a given name after "و". */
	enum Context {
		RANK, OFFICE, GIVEN, CONJOINED
	}

	private static final int MAX_NAME = 8;

	private final Lexicons lex;

	NameReader(Lexicons lex) {
		this.lex = lex;
	}

	/** The end of a name starting at {@code j}, or -1. */
	int end(List<Token> tokens, int j, BitSet blocked, Context context) {
		if (j >= tokens.size() || !first(tokens, j, blocked, context)) {
			return -1;
		}
		int k = j;
		while (k < tokens.size() && k - j < MAX_NAME) {
			Token t = tokens.get(k);
			if (k > j) {
				boolean afterParticle = lex.names.particle(tokens.get(k - 1));
				if (!t.word() || t.number() || t.lineStart() || blocked.get(k)) {
					break;
				}
				if (!afterParticle && (stops(tokens, k) || lex.conjoined(tokens, k) || t.folded().length() < 2)) {
					break;
				}
			}
			k++;
			if (t.is("ال") && k < tokens.size() && tokens.get(k).word()) {
				k++;
				break;
			}
			boolean glued = k - 2 >= j && lex.names.particle(tokens.get(k - 2));
			if (k - 1 > j && t.definite() && !glued) {
				break;
			}
		}
		return k - j >= 2 ? k : -1;
	}

	private boolean first(List<Token> tokens, int j, BitSet blocked, Context context) {
		Token t = tokens.get(j);
		if (!t.word() || t.number() || t.folded().length() < 2) {
			return false;
		}
		boolean given = lex.names.givenExactly(t) && !t.text().endsWith("ى");
		if (blocked.get(j) && !(given && context == Context.RANK)) {
			return false;
		}
		if (context == Context.CONJOINED) {
			return lex.names.given(t);
		}
		if (lex.names.particle(t)) {
			boolean opens = lex.names.opens(t);
			boolean benAsGiven = t.is("بن") && context != Context.GIVEN && j + 1 < tokens.size() && tokens.get(j + 1).word()
					&& !lex.names.givenExactly(tokens.get(j + 1)) && !stops(tokens, j + 1) && (j + 2 >= tokens.size() || stops(tokens, j + 2));
			return opens || benAsGiven;
		}
		if (t.definite() || lex.conjoined(tokens, j)) {
			return false;
		}
		if (stops(tokens, j) && !(given && context == Context.RANK) && !(context == Context.OFFICE && lex.words.kind(t) == WordLexicon.Kind.STOP && lex.names.givenAsWritten(t))) {
			return false;
		}
		return lex.words.ownKind(t) != WordLexicon.Kind.GENERIC;
	}

	/** Words no name holds: function words, verbs, ranks, offices, event and place nouns, months, nationalities. */
	boolean stops(List<Token> tokens, int k) {
		Token t = tokens.get(k);
		if (!t.word() || t.number()) {
			return true;
		}
		WordLexicon.Kind kind = lex.words.kind(t);
		if (kind != null && kind != WordLexicon.Kind.GENERIC) {
			return !(lex.names.givenExactly(t) && t.text().endsWith("ي"));
		}
		if (kind == WordLexicon.Kind.GENERIC) {
			return true;
		}
		return lex.offices.ranks.at(tokens, k) != null || lex.offices.titles.at(tokens, k) != null || lex.offices.implying.at(tokens, k) != null
				|| lex.offices.plurals.at(tokens, k) != null || lex.offices.qualifier(tokens, k) != null
				|| lex.events.nouns.at(tokens, k) != null || lex.events.participation.at(tokens, k) != null
				|| lex.dates.months.at(tokens, k) != null || lex.places.placeNoun(tokens, k) != null || lex.places.nisba(t) != null && t.definite()
				|| lex.dates.relations.at(tokens, k) != null;
	}
}
