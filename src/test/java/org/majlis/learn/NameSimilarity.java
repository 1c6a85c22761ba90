package org.majlis.learn;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name similarity of the evaluation (../shared/eval/score.py, {@code name_similarity}), so that training labels
 * pair extracted people and events with annotated ones exactly as the score does: 1.0 for equal normalised names,
 * 0.95 for the same words without clitics, 0.9 when one name's words all occur in the other, else their Jaccard.
 */
final class NameSimilarity {

	private static final Pattern DIACRITICS = Pattern.compile("[\u064B-\u0652\u0670\u0640]");
	private static final Pattern PUNCT = Pattern.compile("[^\\p{L}\\p{N}_\\s]");
	private static final Pattern ABD = Pattern.compile("\\bعبد\\s+", Pattern.UNICODE_CHARACTER_CLASS);
	private static final Set<String> TITLE_WORDS = new HashSet<>();
	private static final List<String> PREFIXES = List.of("وال", "بال", "لل", "ال", "و", "ب", "ل");

	static {
		for (String w : Arrays.asList("الفريق", "اول", "أول", "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم", "معالي",
				"سعاده", "سعادة", "الشيخ", "الدكتور", "د", "السيد", "السيده", "فضيله", "سمو", "الامير")) {
			TITLE_WORDS.add(norm(w));
		}
	}

	private NameSimilarity() {
	}

	static String norm(String text) {
		if (text == null) {
			return "";
		}
		String t = DIACRITICS.matcher(text).replaceAll("");
		t = t.replaceAll("[أإآٱ]", "ا").replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي');
		t = PUNCT.matcher(t).replaceAll(" ");
		t = ABD.matcher(t).replaceAll("عبد");
		return String.join(" ", t.toLowerCase().trim().split("\\s+")).trim();
	}

	static List<String> tokens(String text) {
		String n = norm(text);
		if (n.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(n.split(" ")).filter(w -> !TITLE_WORDS.contains(w)).toList();
	}

	static String stripAl(String word) {
		for (String prefix : PREFIXES) {
			if (word.startsWith(prefix) && word.length() - prefix.length() >= 3) {
				return word.substring(prefix.length());
			}
		}
		return word;
	}

	static double of(String a, String b, boolean allowSingle) {
		List<String> ta = tokens(a);
		List<String> tb = tokens(b);
		if (ta.isEmpty() || tb.isEmpty()) {
			return 0;
		}
		if (ta.equals(tb)) {
			return 1.0;
		}
		Set<String> sa = new HashSet<>(ta.stream().map(NameSimilarity::stripAl).toList());
		Set<String> sb = new HashSet<>(tb.stream().map(NameSimilarity::stripAl).toList());
		if (sa.equals(sb)) {
			return 0.95;
		}
		Set<String> shorter = sa.size() <= sb.size() ? sa : sb;
		Set<String> longer = shorter == sa ? sb : sa;
		if (longer.containsAll(shorter) && (shorter.size() >= 2 || allowSingle)) {
			return 0.9;
		}
		Set<String> union = new HashSet<>(sa);
		union.addAll(sb);
		Set<String> inter = new HashSet<>(sa);
		inter.retainAll(sb);
		return (double) inter.size() / union.size();
	}

	static double best(List<String> left, List<String> right, boolean allowSingle) {
		double best = 0;
		for (String l : left) {
			for (String r : right) {
				best = Math.max(best, of(l, r, allowSingle));
			}
		}
		return best;
	}
}
