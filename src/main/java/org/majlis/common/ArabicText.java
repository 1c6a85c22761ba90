package org.majlis.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Normalisation of Arabic (and Latin) text for matching only; stored text keeps its original spelling.
 * ICU folds compatibility forms, case and invisible controls; Lucene's Arabic normaliser folds the hamza
 * forms of alef, alef maqsura, ta marbuta, tatweel and diacritics; digits of any script become ASCII.
 */
public final class ArabicText {

	private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
	private static final Analyzer LUCENE_NORMALIZER = keywordAnalyzer(false);
	private static final Analyzer LUCENE_STEMMER = keywordAnalyzer(true);
	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final Pattern MARKS = Pattern.compile("[\u064B-\u0652\u0670\u0640]");
	private static final Pattern ABD_SPACE = Pattern.compile("(^| )(ال)?عبد ");
	private static final String[] CLITIC_PREFIXES = { "وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال", "و", "ب", "ل", "ك", "ف" };

	private ArabicText() {
	}

	/**
	 * The matching key of a name or phrase: orthography folded, punctuation removed, spaces collapsed,
	 * "عبد الله" joined as "عبدالله". Two spellings of one name that differ only in writing share a key.
	 */
	public static String key(String text) {
		if (text == null) {
			return "";
		}
		String folded = fold(text);
		String spaced = NON_WORD.matcher(folded).replaceAll(" ").strip();
		return ABD_SPACE.matcher(spaced).replaceAll("$1$2عبد");
	}

	/** Orthographic folding only, keeping punctuation and offsets roughly in place. */
	public static String fold(String text) {
		String nfkc = NFKC_CASEFOLD.normalize(text);
		StringBuilder digits = new StringBuilder(nfkc.length());
		nfkc.codePoints().forEach(cp -> {
			int digit = UCharacter.digit(cp, 10);
			if (digit >= 0) {
				digits.append((char) ('0' + digit));
			}
			else if (cp == 'ٱ') {
				digits.append('ا');
			}
			else if (cp == 'ؤ') {
				digits.append('و');
			}
			else if (cp == 'ئ') {
				digits.append('ي');
			}
			else {
				digits.appendCodePoint(cp);
			}
		});
		return analyze(LUCENE_NORMALIZER, digits.toString()).toLowerCase(Locale.ROOT);
	}

	/** The text as written without its vowel marks and tatweel, hamza and madda kept: "آنّ" is "آن", not "ان". */
	public static String stripDiacritics(String text) {
		return MARKS.matcher(text).replaceAll("");
	}

	/** The words of {@link #key(String)}. */
	public static List<String> tokens(String text) {
		String key = key(text);
		return key.isEmpty() ? List.of() : List.of(key.split(" "));
	}

	/**
	 * A folded word without its leading clitics (و ب ل ك ف and the article ال), keeping at least three letters:
	 * "للانتربول" and "بالمنظمه" become "انتربول" and "منظمه".
	 */
	public static String stripClitics(String foldedWord) {
		for (String prefix : CLITIC_PREFIXES) {
			if (foldedWord.startsWith(prefix) && foldedWord.length() - prefix.length() >= 3) {
				return foldedWord.substring(prefix.length());
			}
		}
		return foldedWord;
	}

	/** Every word of the key without clitics, for comparisons that ignore "ال" and attached prepositions. */
	public static List<String> bareTokens(String text) {
		List<String> out = new ArrayList<>();
		for (String token : tokens(text)) {
			out.add(stripClitics(token));
		}
		return out;
	}

	/** Lucene's light Arabic stem of a folded word (prefixes and suffixes removed), for topic morphology. */
	public static String stem(String foldedWord) {
		return analyze(LUCENE_STEMMER, foldedWord);
	}

	/** Lucene's Arabic filters over the whole text as one token (Lucene keeps the folding tables package-private). */
	private static Analyzer keywordAnalyzer(boolean stem) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				KeywordTokenizer source = new KeywordTokenizer();
				TokenStream filtered = new ArabicNormalizationFilter(source);
				return new TokenStreamComponents(source, stem ? new ArabicStemFilter(filtered) : filtered);
			}
		};
	}

	private static String analyze(Analyzer analyzer, String text) {
		if (text.isEmpty()) {
			return text;
		}
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			String out = stream.incrementToken() ? term.toString() : "";
			stream.end();
			return out;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** True when the text holds at least one Arabic letter. */
	public static boolean hasArabic(String text) {
		return text != null && text.codePoints().anyMatch(cp -> UCharacter.UnicodeBlock.of(cp) == UCharacter.UnicodeBlock.ARABIC);
	}
}
