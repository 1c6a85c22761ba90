package org.majlis.ingest.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits cleaned text into sentences at full stops, question and exclamation marks and line breaks, but not at
 * the full stop of a one-letter abbreviation ("د.").
 */
public final class SentenceSplitter {

	private SentenceSplitter() {
	}

	public static List<Sentence> split(String text) {
		List<Sentence> out = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean stop = c == '\n' || ((c == '.' || c == '؟' || c == '?' || c == '!') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))
					|| text.charAt(i + 1) == '|' || arabicLetter(text.charAt(i + 1)) && i > 0 && arabicLetter(text.charAt(i - 1))));
			if (c == '.' && abbreviation(text, i)) {
				stop = false;
			}
			if (stop) {
				add(out, text, start, c == '\n' ? i : i + 1);
				start = i + 1;
			}
		}
		add(out, text, start, text.length());
		return out;
	}

	/** A full stop glued to the next word ("الخاصة.وفي") still ends a sentence between Arabic words. */
	private static boolean arabicLetter(char c) {
		return Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC;
	}

	/** A full stop after a lone letter ("د. أحمد") abbreviates a title or a first name; it ends no sentence. */
	private static boolean abbreviation(String text, int dot) {
		return dot >= 1 && Character.isLetter(text.charAt(dot - 1)) && (dot == 1 || !Character.isLetter(text.charAt(dot - 2)));
	}

	private static void add(List<Sentence> out, String text, int from, int to) {
		int s = from;
		int e = to;
		while (s < e && Character.isWhitespace(text.charAt(s))) {
			s++;
		}
		while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		if (e > s) {
			out.add(new Sentence(out.size(), s, e, text.substring(s, e)));
		}
	}

	/** The sentence holding a character offset (the last one when past the end). */
	static Sentence at(List<Sentence> sentences, int offset) {
		for (Sentence s : sentences) {
			if (offset < s.end()) {
				return s;
			}
		}
		return sentences.isEmpty() ? new Sentence(0, 0, 0, "") : sentences.get(sentences.size() - 1);
	}
}
