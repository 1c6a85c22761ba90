package org.majlis.ingest.extract.people;

import java.util.BitSet;
import java.util.List;

import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.OfficeLexicon;
import org.majlis.ingest.extract.lexicon.WordLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;

/**
 * Where a personal name ends: two to ten words, up to a function word, a verb, a rank, an office, an event noun,
 * punctuation or a line break. A family name in "ال" closes it ("غازي عبدالرحمن العمر", so that the object of a verb
 * is not read into the name: "ثمن اللواء عثمان المحرج الدور …"); after a particle ("بن", "آل", "عبد", "ولد") the next word always belongs
 * to the name, so the Egyptian spelling of "علي" as "على" does not cut "سعيد بن على".
 */
final class NameReader {

	/**
	 * What introduces the name: a rank, an office, a given name alone, a given name after "و", or a place in a list
	 * where a name no lexicon knows may stand ("، ورامل اوسوبوف وزير …").
	 */
	enum Context {
		RANK, OFFICE, GIVEN, CONJOINED, LISTED
	}

	private static final int MAX_NAME = 10;

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
				boolean afterParticle = particle(tokens, k - 1, j);
				if (initial(tokens, k)) {
					k += 2;
					continue;
				}
				if (!t.word() || t.number() || t.lineStart() || blocked.get(k)) {
					break;
				}
				if (hajj(tokens, k)) {
					k++;
					continue;
				}
				if (rulingFamily(tokens, k)) {
					k++;
					break;
				}
				if (nisbaAfterPatronym(tokens, j, k) || nisbaEndingName(tokens, k)) {
					k++;
					break;
				}
				boolean conjoined = lex.conjoined(tokens, k) && !surnameWithWaw(tokens, j, k);
				if (!afterParticle && foreignParticle(tokens, k)) {
					k++;
					continue;
				}
				if (!afterParticle && (stops(tokens, k) || conjoined || t.folded().length() < 2)) {
					break;
				}
				if (!afterParticle && afterPatronym(tokens, j, k) && !ends(tokens, k + 1)) {
					break;
				}
				if (!afterParticle && afterFamilyName(tokens, j, k)) {
					break;
				}
			}
			k++;
			if (t.is("ال") && k < tokens.size() && tokens.get(k).word()) {
				k++;
				break;
			}
			boolean glued = k - 2 >= j && particle(tokens, k - 2, j);
			if (k - 1 > j && t.definite() && !glued && !goesOn(tokens, k - 1)) {
				break;
			}
		}
		return k - j >= 2 ? k : -1;
	}

	/**
	 * "مارك فان دام", "يانكه دي فريس": a particle of a European name ("فان", which is also "فإن" spelt without hamza)
	 * before a word without the article that ends no name joins that word to the name.
	 */
	private boolean foreignParticle(List<Token> tokens, int k) {
		return lex.names.foreignParticle(tokens.get(k)) && k + 1 < tokens.size() && tokens.get(k + 1).word() && !tokens.get(k + 1).definite()
				&& !tokens.get(k + 1).lineStart() && !stops(tokens, k + 1);
	}

	/**
	 * "روب واينرايت": a second word that starts with "و" but is no given name or known word after "و", where the name
	 * ends, is a family name rather than the next item of a list.
	 */
	private boolean surnameWithWaw(List<Token> tokens, int j, int k) {
		Token t = tokens.get(k);
		return k == j + 1 && !lex.names.given(t) && lex.words.kind(t) == null && t.folded().length() > 4 && ends(tokens, k + 1);
	}

	/** "رحب رئيس الأمن العام بعبدالعزيز …": a given name after "ب" or "ل" is the object of what precedes, no holder of it. */
	private boolean objectOfPreposition(Token t) {
		String f = t.folded();
		if (lex.names.givenExactly(t) || f.length() < 4 || f.charAt(0) != 'ب' && f.charAt(0) != 'ل') {
			return false;
		}
		String rest = f.substring(1);
		return rest.startsWith("عبد") || lex.names.given(new Token(0, rest, 0, rest.length(), rest, true, List.of(rest), false));
	}

	/** "أمير الطيب الحاج علي": "الحاج" inside a name, before a given name, is part of the grandfather's name. */
	private boolean hajj(List<Token> tokens, int k) {
		return tokens.get(k).is("الحاج") && k > 0 && tokens.get(k - 1).word() && k + 1 < tokens.size() && lex.names.givenExactly(tokens.get(k + 1))
				&& !tokens.get(k).lineStart();
	}

	/** "بن", "عبد", and "بعبد" opening the name: the next word belongs to the name. */
	private boolean particle(List<Token> tokens, int k, int nameStart) {
		return lex.names.particle(tokens.get(k)) || k == nameStart && lex.names.opensAfterClitic(tokens.get(k));
	}

	/** "رونالد ك. نوبل": an initial with its full stop, followed by the rest of the name. */
	private static boolean initial(List<Token> tokens, int k) {
		Token t = tokens.get(k);
		return t.word() && !t.number() && t.folded().length() == 1 && !t.lineStart() && k + 2 < tokens.size() && tokens.get(k + 1).is(".")
				&& tokens.get(k + 2).word() && !tokens.get(k + 2).number();
	}

	/**
	 * "الصباح" after a name: a ruling family's name of one word with the article, which closes the name even where the
	 * word is also a common one ("صباح", morning).
	 */
	private boolean rulingFamily(List<Token> tokens, int k) {
		Token t = tokens.get(k);
		if (!t.definite() || !tokens.get(k - 1).word()) {
			return false;
		}
		PhraseMatcher.Match<String> family = lex.places.families.at(tokens, k);
		return family != null && family.end() == k + 1;
	}

	/**
	 * "أحمد نواف الأحمد الجابر الصباح": given names with the article, their father's and grandfather's, before a ruling
	 * family's name belong to the name.
	 */
	private boolean beforeRulingFamily(List<Token> tokens, int k) {
		for (int m = k + 1; m < tokens.size() && m <= k + 3 && tokens.get(m).word() && !tokens.get(m).lineStart(); m++) {
			if (rulingFamily(tokens, m)) {
				return true;
			}
			if (!givenWithArticle(tokens.get(m))) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "كمال الهادي الجربي", "محمد الطاهر الطرابلسي": after a given name written with the article that follows the first
	 * name, a family name of origin in "ي" that ends the name belongs to it.
	 */
	private boolean familyAfterDefiniteGiven(List<Token> tokens, int k) {
		if (k < 1 || !lex.names.givenDefinite(tokens.get(k)) || !lex.names.givenExactly(tokens.get(k - 1)) || k + 1 >= tokens.size()) {
			return false;
		}
		Token next = tokens.get(k + 1);
		return next.word() && !next.lineStart() && next.definite() && next.folded().endsWith("ي") && next.folded().length() > 4
				&& !stops(tokens, k + 1) && !lex.names.givenDefinite(next) && ends(tokens, k + 2);
	}

	/**
	 * "سيف الزري الشامسي", "راشد البدواوي الزعابي": a Gulf name's family name with the article right after the given name
	 * is followed by the tribe's name, a word with the article in "ي" (no adjective of a place, no given name) that the
	 * name then ends with.
	 */
	private boolean tribeAfterFamily(List<Token> tokens, int k) {
		if (k < 1 || k + 1 >= tokens.size() || !tokens.get(k).definite() || !lex.names.givenExactly(tokens.get(k - 1))) {
			return false;
		}
		Token next = tokens.get(k + 1);
		return next.word() && !next.lineStart() && next.definite() && next.folded().endsWith("ي") && next.folded().length() > 4
				&& lex.places.nisba(next) == null && !stops(tokens, k + 1) && !lex.names.givenDefinite(next) && lex.words.kind(next) == null
				&& (k + 2 >= tokens.size() || !tokens.get(k + 2).definite());
	}

	/**
	 * "عبدالله بن محمد السويدي مساعد …": after a patronym ("بن" and a father's given name), a word with the article that
	 * is also a country's adjective and ends the name is the family name (السويدي، الكويتي، المصري), not a nationality.
	 */
	private boolean nisbaAfterPatronym(List<Token> tokens, int j, int k) {
		Token t = tokens.get(k);
		return k - 2 >= j && lex.names.particle(tokens.get(k - 2)) && !lex.names.opens(tokens.get(k - 2)) && !tokens.get(k - 1).definite()
				&& lex.names.given(tokens.get(k - 1)) && t.definite() && lex.places.nisba(t) != null && !t.lineStart() && ends(tokens, k + 1);
	}

	/**
	 * "اللواء عبدالله محمد السويدي، مدير …", "العميد خالد المصري": a masculine country adjective with the article right
	 * after a name word without it, where the name ends (a comma, an office, a verb), is the family name; a nationality
	 * follows the title in this genre ("وزير الداخلية المصري …"), not the name.
	 */
	private boolean nisbaEndingName(List<Token> tokens, int k) {
		Token t = tokens.get(k);
		Token before = tokens.get(k - 1);
		return t.definite() && lex.places.nisba(t) != null && t.folded().endsWith("ي") && !t.lineStart() && before.word() && !before.definite()
				&& ends(tokens, k + 1);
	}

	/** "الأحمد", "الجابر": a given name with the article, as a father's name of a ruling family's branch is written. */
	private boolean givenWithArticle(Token t) {
		String f = t.folded();
		if (lex.names.givenDefinite(t)) {
			return true;
		}
		if (!t.definite() || !f.startsWith("ال") || f.length() < 5) {
			return false;
		}
		String rest = f.substring(2);
		return lex.names.givenExactly(new Token(0, rest, 0, rest.length(), rest, true, List.of(rest), false));
	}

	/**
	 * A definite word that does not close the name: "الله" of "سيف الله الأصرم", "حازم عطا الله", "الدين" of "عز الدين
	 * عمر موسى", and a given name
	 * written with the article before a particle ("فوزي الطاهر عبد العالي", "محمد الأمين ولد …").
	 */
	private boolean goesOn(List<Token> tokens, int k) {
		Token t = tokens.get(k);
		return t.is("الله") || t.is("الدين") && k >= 1 && !tokens.get(k - 1).definite()
				|| givenWithArticle(t) && beforeRulingFamily(tokens, k)
				|| familyAfterDefiniteGiven(tokens, k) || tribeAfterFamily(tokens, k)
				|| lex.names.givenDefinite(t) && k + 1 < tokens.size() && (lex.names.particle(tokens.get(k + 1)) || hajj(tokens, k + 1));
	}

	/**
	 * The word at k follows a father's name ("بن سعود"): a word that is neither a family name in "ال", a given name
	 * nor a particle closes the name only when the name ends after it ("محمد بن علي كومان،"); otherwise it opens
	 * what follows the name ("نايف بن عبدالعزيز أولت مكافحة …").
	 */
	private boolean afterPatronym(List<Token> tokens, int j, int k) {
		Token t = tokens.get(k);
		return k - 2 >= j && lex.names.particle(tokens.get(k - 2)) && !lex.names.opens(tokens.get(k - 2)) && !t.definite() && !lex.names.given(t)
				&& !lex.names.particle(t);
	}

	/**
	 * An Arab name (one that opens with a given name) is given names, then one family name: after a word that is none
	 * of a given name, a particle or a name with the article ("علي بداوي"), a noun phrase that closes with the article
	 * ("آليات تبادل المعلومات") opens what follows the name, while "عبيد الظاهري", "بداوي بن …" go on, and so do a rare
	 * given name before a family name of the article ("محمد زميم عويض الحربي") and a foreign name's next word
	 * ("ميريام آلفاريز دلاروزا", "توماس دى ميزيير وزير …").
	 */
	private boolean afterFamilyName(List<Token> tokens, int j, int k) {
		if (k - 1 <= j || !lex.names.givenExactly(tokens.get(j)) || !plainWord(tokens.get(k - 1)) || !plainWord(tokens.get(k))) {
			return false;
		}
		for (int m = k + 1; m < Math.min(tokens.size(), k + 3); m++) {
			Token t = tokens.get(m);
			if (!t.word() || t.lineStart() || stops(tokens, m)) {
				return false;
			}
			if (t.definite()) {
				return !t.folded().endsWith("ي");
			}
		}
		return false;
	}

	/** "بتوزيع", "بتكريم", "لتسليم": "ب" or "ل" before a verbal noun of the pattern "تفعيل", what an office holder does. */
	private boolean verbalNounAfterPreposition(Token t) {
		String f = t.folded();
		return f.length() == 6 && (f.charAt(0) == 'ب' || f.charAt(0) == 'ل') && f.charAt(1) == 'ت' && f.charAt(4) == 'ي' && !lex.names.given(t);
	}

	/** "وعلى هامش …" is a preposition: "على" is the name "علي" only before a given name or a particle ("وعلى عبد …"). */
	private boolean nameWordAt(List<Token> tokens, int k) {
		return k < tokens.size() && (lex.names.given(tokens.get(k)) || lex.names.particle(tokens.get(k)) || lex.names.opens(tokens.get(k)));
	}

	/** Neither a given name, a particle, nor a word with the article. */
	private boolean plainWord(Token t) {
		return !lex.names.given(t) && !lex.names.particle(t) && !lex.names.opens(t) && !t.definite();
	}

	/** Nothing of a name can follow at k: the text, a line or a clause ends, or a stop word or conjunction comes. */
	private boolean ends(List<Token> tokens, int k) {
		if (k >= tokens.size()) {
			return true;
		}
		Token t = tokens.get(k);
		return !t.word() || t.number() || t.lineStart() || stops(tokens, k) || lex.conjoined(tokens, k);
	}

	private boolean first(List<Token> tokens, int j, BitSet blocked, Context context) {
		Token t = tokens.get(j);
		if (!t.word() || t.number() || t.folded().length() < 2 || indefiniteAccusative(t) || derivedPresentVerb(t)) {
			return false;
		}
		boolean given = lex.names.givenExactly(t) && !t.text().endsWith("ى") && !opensLongerOffice(tokens, j);
		if (blocked.get(j) && !(given && context == Context.RANK)) {
			return false;
		}
		if (context == Context.OFFICE && (objectOfPreposition(t) || verbalNounAfterPreposition(t)
				|| (t.folded().startsWith("بال") || t.folded().startsWith("لل")) && prepositional(t))) {
			return false;
		}
		if (lex.names.opensAfterClitic(t)) {
			return context != Context.GIVEN;
		}
		if (context == Context.CONJOINED) {
			return lex.names.given(t) && !(t.text().endsWith("ى") && !nameWordAt(tokens, j + 1));
		}
		if (context == Context.LISTED) {
			return !t.definite() && !lex.names.particle(t) && lex.words.kind(t) == null && (lex.conjoined(tokens, j) || !stops(tokens, j));
		}
		if (lex.names.particle(t)) {
			boolean opens = lex.names.opens(t);
			boolean benAsGiven = t.is("بن") && context != Context.GIVEN && j + 1 < tokens.size() && tokens.get(j + 1).word()
					&& !lex.names.givenExactly(tokens.get(j + 1)) && !stops(tokens, j + 1) && (j + 2 >= tokens.size() || stops(tokens, j + 2));
			return opens || benAsGiven;
		}
		boolean definiteGiven = lex.names.givenDefinite(t) && (context == Context.RANK || context == Context.OFFICE);
		if (t.definite() && !definiteGiven || lex.conjoined(tokens, j)) {
			return false;
		}
		if (stops(tokens, j) && !(given && context == Context.RANK) && !(context == Context.OFFICE && lex.words.kind(t) == WordLexicon.Kind.STOP && lex.names.givenAsWritten(t))) {
			return false;
		}
		return lex.words.ownKind(t) != WordLexicon.Kind.GENERIC;
	}

	/** "اتصالاً", "رسمياً": a word written with the tanween of the accusative is an indefinite noun or adverb, no name. */
	private static boolean indefiniteAccusative(Token t) {
		return t.text().indexOf('\u064B') >= 0;
	}

	/**
	 * "يتلقى", "يتفقد", "تتابع": a verb in the present of a derived stem (the prefix and the "ت" of the stem) opens no
	 * name, though a title before it may seem to ask for one ("وزير الداخلية يتلقى اتصالاً").
	 */
	private boolean derivedPresentVerb(Token t) {
		String f = t.folded();
		return f.length() >= 5 && (f.startsWith("يت") || f.startsWith("تت")) && !lex.names.given(t);
	}

	/** "وزير الداخلية", "أمين عام …": a given name ("وزير", "أمين") that opens a title of more words is the title. */
	private boolean opensLongerOffice(List<Token> tokens, int j) {
		PhraseMatcher.Match<OfficeLexicon.Title> title = lex.offices.titles.at(tokens, j);
		PhraseMatcher.Match<OfficeLexicon.Title> implying = lex.offices.implying.at(tokens, j);
		return title != null && title.end() - j >= 2 || implying != null && implying.end() - j >= 2;
	}

	/** A future verb or a purpose ("سيبحث", "لمناقشة"): what follows a name, never part of it. */
	boolean opensClause(Token t) {
		return futureVerb(t) || purpose(t);
	}

	/** "لمناقشة", "لتعزيز": "ل" and a verbal noun, the purpose of what is said; no part of a name. */
	private boolean purpose(Token t) {
		String f = t.folded();
		return f.length() >= 6 && f.charAt(0) == 'ل' && (f.charAt(1) == 'ت' || f.charAt(1) == 'م' && f.endsWith("ه")) && !lex.names.given(t);
	}

	/** "بالوزارة", "للإدارة": a preposition with the article (the body's head is checked by the caller). */
	private static boolean prepositional(Token t) {
		String f = t.folded();
		return (f.startsWith("بال") || f.startsWith("كال") || f.startsWith("فال")) && f.length() > 4 || f.startsWith("لل") && f.length() > 4 && !f.equals("الله");
	}

	/** "سيتحدثان", "ستتولى", "سيبحث": a verb in the future tense, of a derived stem or of a verb the lexicon knows. */
	private boolean futureVerb(Token t) {
		String f = t.folded();
		if (f.length() < 4 || f.charAt(0) != 'س' || "يتن".indexOf(f.charAt(1)) < 0 || lex.names.given(t)) {
			return false;
		}
		return f.length() >= 6 && f.charAt(2) == 'ت' || verb(f.substring(1)) || verb(f.substring(2));
	}

	private boolean verb(String folded) {
		return lex.words.kind(new Token(0, folded, 0, folded.length(), folded, true, List.of(folded), false)) == WordLexicon.Kind.VERB;
	}

	/**
	 * A rank, unless it is an honorific that no name follows and so a family name ("العميد ناصر فهد السيد، مدير …"), or
	 * a rank kept with names that an office follows ("العميد خالد عبدالرحمن الشيخ رئيس الأكاديمية").
	 */
	private boolean rankBeforeAName(List<Token> tokens, int k) {
		PhraseMatcher.Match<OfficeLexicon.Rank> rank = lex.offices.ranks.at(tokens, k);
		if (rank == null || k == 0 || !tokens.get(k - 1).word()) {
			return rank != null;
		}
		int next = rank.end();
		if (rank.value().stored()) {
			boolean afterName = lex.names.given(tokens.get(k - 1))
					|| tokens.get(k - 1).definite() && k >= 2 && lex.names.given(tokens.get(k - 2));
			return next >= tokens.size() || lex.offices.titles.at(tokens, next) == null || !afterName;
		}
		return next < tokens.size() && tokens.get(next).word() && lex.offices.titles.at(tokens, next) == null
				&& lex.offices.qualifier(tokens, next) == null && lex.offices.implying.at(tokens, next) == null;
	}

	/** Words no name holds: function words, verbs, ranks, offices, event, place and venue nouns, months, nationalities. */
	boolean stops(List<Token> tokens, int k) {
		Token t = tokens.get(k);
		if (!t.word() || t.number()) {
			return true;
		}
		WordLexicon.Kind kind = lex.words.kind(t);
		if (kind != null && kind != WordLexicon.Kind.GENERIC) {
			return !(lex.names.givenExactly(t) && t.text().endsWith("ي"));
		}
		if (kind == WordLexicon.Kind.GENERIC || futureVerb(t) || purpose(t) || prepositional(t) && lex.organizations.heads.at(tokens, k) != null) {
			return true;
		}
		return rankBeforeAName(tokens, k) || lex.offices.titles.at(tokens, k) != null || lex.offices.implying.at(tokens, k) != null
				|| lex.offices.plurals.at(tokens, k) != null || lex.offices.qualifier(tokens, k) != null
				|| lex.events.nouns.at(tokens, k) != null || lex.events.participation.at(tokens, k) != null
				|| lex.dates.months.at(tokens, k) != null || lex.places.placeNoun(tokens, k) != null || lex.places.venueNouns.at(tokens, k) != null
				|| lex.places.nisba(t) != null && t.definite()
				|| lex.dates.relations.at(tokens, k) != null;
	}
}
