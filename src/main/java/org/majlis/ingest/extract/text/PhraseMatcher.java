package org.majlis.ingest.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in a token list. The first word may carry clitics; later words match as written, with the
 * article when the first word has it ("الدورة التدريبية" for "دورة تدريبية"), or after a conjunction "و" when
 * {@code wawInside} is set (for coordinated phrases). A matcher of verbs ({@link #verbs}) does not read a definite word
 * without its article: "البحث" is no "بحث".
 */
public final class PhraseMatcher<T> {

	public record Match<T>(int start, int end, T value, String surface, String firstForm) {
	}

	private record Phrase<T>(List<String> words, T value, String surface) {
	}

	private final Map<String, List<Phrase<T>>> byFirst = new HashMap<>();
	private final boolean wawInside;
	private final boolean keepArticle;

	public PhraseMatcher(boolean wawInside) {
		this(wawInside, false);
	}

	private PhraseMatcher(boolean wawInside, boolean keepArticle) {
		this.wawInside = wawInside;
		this.keepArticle = keepArticle;
	}

	/** A matcher of verbs and verbal nouns, which never read a definite word as the word without its article. */
	public static <T> PhraseMatcher<T> verbs() {
		return new PhraseMatcher<>(false, true);
	}

	public void add(String surface, T value) {
		List<String> words = Tokenizer.words(surface);
		if (words.isEmpty()) {
			return;
		}
		List<Phrase<T>> list = byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>());
		for (Phrase<T> p : list) {
			if (p.words().equals(words)) {
				return;
			}
		}
		list.add(new Phrase<>(words, value, surface));
		list.sort(Comparator.comparingInt((Phrase<T> p) -> p.words().size()).reversed());
	}

	boolean contains(String foldedWord) {
		return byFirst.containsKey(foldedWord);
	}

	/** The longest phrase starting at token {@code i}, or null. */
	public Match<T> at(List<Token> tokens, int i) {
		if (i < 0 || i >= tokens.size() || !tokens.get(i).word()) {
			return null;
		}
		Match<T> best = null;
		boolean definite = keepArticle && tokens.get(i).definite();
		for (String form : tokens.get(i).forms()) {
			List<Phrase<T>> phrases = definite && !form.startsWith("ال") ? null : byFirst.get(form);
			if (phrases == null) {
				continue;
			}
			for (Phrase<T> p : phrases) {
				if (best != null && p.words().size() <= best.end() - best.start()) {
					break;
				}
				if (rest(tokens, i, p.words())) {
					best = new Match<>(i, i + p.words().size(), p.value(), p.surface(), form);
					break;
				}
			}
		}
		return best;
	}

	private boolean rest(List<Token> tokens, int i, List<String> words) {
		if (i + words.size() > tokens.size()) {
			return false;
		}
		boolean definite = tokens.get(i).definite();
		for (int k = 1; k < words.size(); k++) {
			Token t = tokens.get(i + k);
			String w = words.get(k);
			if (!t.word() || t.lineStart()) {
				return false;
			}
			boolean agrees = definite && !w.startsWith("ال") && t.folded().equals("ال" + w);
			boolean ok = t.folded().equals(w) || agrees || (wawInside && t.folded().startsWith("و") && t.folded().substring(1).equals(w));
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	/** Every phrase of the text, longest first and without overlaps, left to right. */
	public List<Match<T>> findAll(List<Token> tokens) {
		List<Match<T>> out = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Match<T> m = at(tokens, i);
			if (m != null) {
				out.add(m);
				i = m.end();
			}
			else {
				i++;
			}
		}
		return out;
	}
}
