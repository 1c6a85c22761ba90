package org.majlis.ingest.extract.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.Transliterator;
import org.majlis.ingest.extract.lexicon.NameLexicon;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * English spelling of an Arabic person name: given names and particles from the names lexicon ("بن" → bin,
 * "آل" → Al, "الحسن" → Al Hassan), ICU's Arabic-Latin transliteration for the rest, title-cased ASCII.
 */
public final class NameTransliterator {

	private final NameLexicon lex;
	private final Transliterator icu = Transliterator.getInstance("Arabic-Latin; Latin-ASCII");

	public NameTransliterator(NameLexicon lex) {
		this.lex = lex;
	}

	String english(String arabicName) {
		List<String> words = Tokenizer.words(arabicName);
		List<String> out = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String w = words.get(i);
			if (i + 1 < words.size()) {
				String pair = lex.english.get(w + " " + words.get(i + 1));
				if (pair != null) {
					out.add(pair);
					i++;
					continue;
				}
			}
			out.add(word(w));
		}
		return String.join(" ", out).replaceAll("\\s+", " ").strip();
	}

	private String word(String w) {
		String known = lex.english.get(w);
		if (known != null) {
			return known;
		}
		if (w.startsWith("عبد") && w.length() > 3) {
			String rest = lex.english.get("عبد " + w.substring(3));
			if (rest != null) {
				return rest;
			}
		}
		if (w.startsWith("ال") && w.length() > 3) {
			return "Al " + word(w.substring(2));
		}
		return titleCase(synchronizedTransliterate(w));
	}

	private String synchronizedTransliterate(String w) {
		synchronized (icu) {
			return icu.transliterate(w);
		}
	}

	private static String titleCase(String latin) {
		String letters = latin.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
		if (letters.isEmpty()) {
			return latin;
		}
		if (letters.length() > 3 && letters.endsWith("y") && "aeiouy".indexOf(letters.charAt(letters.length() - 2)) < 0) {
			letters = letters.substring(0, letters.length() - 1) + "i";
		}
		return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
	}
}
