package org.majlis.ingest.extract.text;

/**
 * A noun with a possessive pronoun joined to it: "سموه", "مديرتها", "ودوره". Folding writes "ة" as "ه", so "مديره" (its
 * director) folds like "مديرة" (a director); the pronoun is told by the written word, and a noun's "ة" is written "ت"
 * before a pronoun ("مديرتها").
 */
public final class Possessive {

	private Possessive() {
	}

	/**
	 * The folded noun without the pronoun the folded word ends with ("سموه" gives "سمو", "مديرتها" with "ها" gives
	 * "مديره"), or null when the word does not end with it or would leave fewer than {@code minStem} letters.
	 */
	public static String stem(String folded, String pronoun, int minStem) {
		if (!folded.endsWith(pronoun) || folded.length() - pronoun.length() < minStem) {
			return null;
		}
		String stem = folded.substring(0, folded.length() - pronoun.length());
		return stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
	}

	/** The word as written ends with the pronoun "ه" where the form it matched is written with "ة" ("ودوره" for "دورة"). */
	public static boolean writtenForTaMarbuta(Token written, String form) {
		String text = written.text().replaceAll("[\\p{M}\u0640]", "");
		return form.endsWith("ة") && text.endsWith("ه");
	}
}
