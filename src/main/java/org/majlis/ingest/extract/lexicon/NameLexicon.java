package org.majlis.ingest.extract.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.majlis.common.ArabicText;
import org.majlis.common.LexiconTable;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * Personal names: English spellings and particles of {@code lexicon/names.tsv}, and the given names of
 * {@code names.tsv} and {@code given-names.tsv} (derived from open data, see its header), by which people named
 * without a rank or an office are recognised.
 */
public final class NameLexicon {

	/** English spellings by folded Arabic word or pair of words. */
	public final Map<String, String> english = new HashMap<>();
	private final Set<String> given = new HashSet<>();
	private final Set<String> written = new HashSet<>();
	private final Set<String> particles = new HashSet<>();
	private final Set<String> opening = new HashSet<>();
	private final Set<String> definite = new HashSet<>();
	private final Set<String> foreignParticles = new HashSet<>();

	NameLexicon() {
		for (LexiconTable.Row row : LexiconTable.load("names").rows()) {
			String folded = String.join(" ", Tokenizer.words(row.get("arabic")));
			english.put(folded, row.get("english"));
			if (row.is("kind", "given")) {
				given.add(folded);
				written.add(ArabicText.stripDiacritics(row.get("arabic")));
			}
			if (row.is("kind", "particle") || row.is("kind", "opening") || row.is("kind", "foreign-particle")) {
				particles.add(folded);
			}
			if (row.is("kind", "foreign-particle")) {
				foreignParticles.add(folded);
			}
			if (row.is("kind", "opening")) {
				opening.add(folded);
			}
			if (row.is("kind", "definite")) {
				definite.add(folded);
			}
		}
		for (LexiconTable.Row row : LexiconTable.load("given-names").rows()) {
			given.add(String.join(" ", Tokenizer.words(row.get("arabic"))));
			written.add(ArabicText.stripDiacritics(row.get("arabic")));
		}
	}

	/** A given name spelt as the lexicon writes it, hamza and madda included: "آن" (Anne), not "أن" (that). */
	public boolean givenAsWritten(Token token) {
		return written.contains(ArabicText.stripDiacritics(token.text()));
	}

	/** A given name as written, or after a leading "و" ("ودوايت"). */
	public boolean given(Token token) {
		return given.contains(token.folded()) || token.folded().startsWith("و") && given.contains(token.folded().substring(1));
	}

	public boolean givenExactly(Token token) {
		return givenWord(token.folded());
	}

	/** A given name, as a folded word of a name's key. */
	public boolean givenWord(String folded) {
		return given.contains(folded);
	}

	/**
	 * "الهادي", "الطاهر": a given name written with the article, as Maghrebi and Sudanese names often are; it opens a
	 * name only after a rank or an office, and it does not end one when a particle follows ("فوزي الطاهر عبد العالي").
	 */
	public boolean givenDefinite(Token token) {
		return definite.contains(token.folded());
	}

	/**
	 * "بعبد", "لعبد", "وعبد", "بعبدالعزيز": an opening particle, or a name made with it, after a preposition or
	 * conjunction ("مرفوقا بعبد الحق …", "رحب الوزير بعبدالعزيز …").
	 */
	public boolean opensAfterClitic(Token token) {
		String f = token.folded();
		return f.length() > 1 && "بلوف".indexOf(f.charAt(0)) >= 0 && (opening.contains(f.substring(1)) || f.startsWith("عبد", 1) && f.length() > 5);
	}

	/** "عبد", "أبو", "أم": a particle that opens a name. */
	public boolean opens(Token token) {
		return opening.contains(token.folded());
	}

	/** "فان", "فون", "دي": a particle of a European name, which some Arabic words are also spelt as ("فان" for "فإن"). */
	public boolean foreignParticle(Token token) {
		return foreignParticles.contains(token.folded());
	}

	/** "بن", "بنت", "ابن", "آل", "أبو", "أم", "ولد", "عبد": the next word belongs to the same name. */
	public boolean particle(Token token) {
		return particles.contains(token.folded());
	}
}
