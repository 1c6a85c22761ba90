package org.majlis.ingest.extract.text;

import java.util.List;

/**
 * A word or punctuation mark of the cleaned text with its offsets. {@code forms} are the folded spellings
 * the word can stand for once a leading clitic is removed ("للإنتربول" also reads as "الانتربول"); {@code lineStart}
 * is true for the first token of the text and for a token after a line break (names and titles never span lines).
 */
public record Token(int index, String text, int start, int end, String folded, boolean word, List<String> forms, boolean lineStart) {

	public boolean is(String foldedWord) {
		return folded.equals(foldedWord);
	}

	/** An Arabic or a Latin comma. */
	public boolean comma() {
		return is("،") || is(",");
	}

	public boolean number() {
		return word && !folded.isEmpty() && folded.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	public int intValue() {
		return folded.length() > 6 ? -1 : Integer.parseInt(folded);
	}

	/** Starts with the preposition "ب" or "ل", alone or after "و" ("بالوفد", "لمدير", "وبمدير"): an object, never a subject. */
	public boolean afterPreposition() {
		return folded.startsWith("ب") || folded.startsWith("ل") || folded.startsWith("وب") || folded.startsWith("ول");
	}

	/** Starts with the article, alone or after "و" or "ل" ("الوزير", "والوزير", "للوزير"); "إلياس", "ألبرت" do not. */
	public boolean definite() {
		return folded.startsWith("ال") && plainAlif(0) || folded.startsWith("لل") || folded.startsWith("وال") && plainAlif(1)
				|| folded.startsWith("ولل");
	}

	/** The letter at {@code i} of the written word is an alif without hamza, as the article's is. */
	private boolean plainAlif(int i) {
		return text.length() <= i || text.charAt(i) == 'ا' || text.charAt(i) == 'ٱ';
	}
}
