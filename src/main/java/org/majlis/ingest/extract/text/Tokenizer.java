package org.majlis.ingest.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.majlis.common.ArabicText;

/** Splits text into word and punctuation tokens with offsets, folded with {@link ArabicText#fold}. */
public final class Tokenizer {

	private static final Pattern TOKEN = Pattern.compile("\\p{N}+|[\\p{L}\\p{M}]+|\\S");
	private static final String[] PREFIXES = { "وبال", "وال", "بال", "فال", "كال", "ولل", "فلل", "لل", "وب", "ول", "فب", "فل", "وك", "و", "ب", "ل", "ف", "ك" };

	private Tokenizer() {
	}

	public static List<Token> tokenize(String text) {
		List<Token> out = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		int previousEnd = 0;
		while (m.find()) {
			boolean lineStart = out.isEmpty() || text.substring(previousEnd, m.start()).indexOf('\n') >= 0;
			previousEnd = m.end();
			String raw = m.group();
			boolean word = Character.isLetterOrDigit(raw.codePointAt(0)) || Character.getType(raw.codePointAt(0)) == Character.NON_SPACING_MARK;
			String folded = word ? ArabicText.fold(raw) : raw;
			if (word && folded.isEmpty()) {
				continue;
			}
			out.add(new Token(out.size(), raw, m.start(), m.end(), folded, word, word ? forms(folded) : List.of(folded), lineStart));
		}
		return out;
	}

	/** The folded words of a lexicon phrase. */
	public static List<String> words(String phrase) {
		List<String> out = new ArrayList<>();
		for (Token t : tokenize(phrase)) {
			if (t.word()) {
				out.add(t.folded());
			}
		}
		return out;
	}

	/**
	 * The word itself and its readings without a leading conjunction, preposition or article; "للجنة" also reads as
	 * "اللجنة" and "للقاء" as "اللقاء" (the preposition "ل" before an article drops its alef, and a word's own "ل"
	 * merges with the article's).
	 */
	static List<String> forms(String folded) {
		Set<String> out = new LinkedHashSet<>();
		out.add(folded);
		for (String prefix : PREFIXES) {
			if (folded.startsWith(prefix) && folded.length() - prefix.length() >= 2) {
				String rest = folded.substring(prefix.length());
				if (prefix.endsWith("ال") || prefix.endsWith("لل")) {
					out.add("ال" + rest);
					out.add(rest);
				}
				else {
					out.add(rest);
				}
			}
		}
		if (folded.startsWith("ال") && folded.length() > 4) {
			out.add(folded.substring(2));
		}
		if ((folded.startsWith("لل") || folded.startsWith("ولل")) && folded.length() > 4) {
			String rest = folded.substring(folded.indexOf("لل") + 1);
			out.add("ال" + rest);
			out.add(rest);
		}
		return List.copyOf(out);
	}

	/**
	 * The original spelling of a token without the clitic that {@code form} dropped: "بإدارة" read as "اداره"
	 * gives "إدارة", "للمنظمة" read as "المنظمه" gives "المنظمة".
	 */
	public static String withoutClitic(Token token, String form) {
		String text = token.text();
		if (form.equals(token.folded())) {
			return text;
		}
		String folded = token.folded();
		if (folded.startsWith("لل") && (form.equals("ال" + folded.substring(1)) || form.equals(folded.substring(1)))) {
			return "ال" + text.substring(1);
		}
		if (folded.startsWith("لل") && form.equals(folded.substring(2)) && text.startsWith("لل")) {
			return "ال" + text.substring(2);
		}
		if (!form.startsWith("ال") && token.folded().endsWith("ال" + form)) {
			return withoutClitic(token, "ال" + form);
		}
		boolean restoreArticle = form.startsWith("ال") && !token.folded().endsWith(form);
		int target = token.folded().length() - form.length() + (restoreArticle ? 2 : 0);
		int letters = 0;
		int i = 0;
		while (i < text.length() && letters < target) {
			if (!unwritten(text.charAt(i))) {
				letters++;
			}
			i++;
		}
		while (i < text.length() && unwritten(text.charAt(i))) {
			i++;
		}
		return (restoreArticle ? "ال" : "") + text.substring(i);
	}

	/** A vowel mark or a tatweel (كـ), which folding drops; after a clitic they are the clitic's ("لـوزير"). */
	private static boolean unwritten(char c) {
		return c == '\u0640' || Character.getType(c) == Character.NON_SPACING_MARK;
	}
}
