package org.majlis.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;


/**
 * Whether two spellings of a person's name may name the same person: equal once orthography, clitics and
 * the letters that vary in transliterating foreign names (غ/ج/ق/ك, ث/س/ص, ذ/ز/ظ, ت/ط, د/ض, ح/ه) are folded,
 * one name holding every word of the other when both have at least two words and start and end alike, one name
 * starting with the other's first three parts ("عبد العزيز بن سعود بن نايف" of "… بن نايف آل سعود"), or names of two
 * words or more that differ only by a long vowel written in one long word and not in the other ("عبد الغني هامل",
 * "عبد الغاني هامل"), as transliterations and careless writers spell them.
 */
public final class NameMatch {

	/** A given name, a father's and a grandfather's: a name that starts with these three is the same person's. */
	private static final int PREFIX_PARTS = 3;
	/** The fewest words (particles aside) of names that a slip in one word may leave the same person's. */
	private static final int SLIP_WORDS = 3;
	/** The shortest word whose spelling may gain or lose a long vowel: "محمد" and "محمود" are two names. */
	private static final int VOWEL_VARIANT_LETTERS = 5;
	/** The fewest letters of a word that a lost space may have run into the next one. */
	private static final int RUN_TOGETHER_MIN = 3;

	private NameMatch() {
	}

	public static boolean samePerson(String a, String b) {
		return sameSkeletons(skeletons(a), skeletons(b));
	}

	/** {@link #samePerson} over names already reduced to their {@link #skeletons}. */
	public static boolean sameSkeletons(List<String> left, List<String> right) {
		if (left.isEmpty() || right.isEmpty()) {
			return false;
		}
		if (left.equals(right) || vowelVariants(left, right)) {
			return true;
		}
		List<String> shorter = left.size() <= right.size() ? left : right;
		List<String> longer = shorter == left ? right : left;
		if (shorter.size() >= PREFIX_PARTS && longer.subList(0, shorter.size()).equals(shorter)) {
			return true;
		}
		if (shorter.size() < 2 || !shorter.getLast().equals(longer.getLast()) || !shorter.getFirst().equals(longer.getFirst())) {
			return false;
		}
		Set<String> rest = new HashSet<>(longer);
		return rest.containsAll(shorter);
	}

	/** Names of as many words, two or more, equal but for one long word that a long vowel ا و ي lengthens in one of them. */
	private static boolean vowelVariants(List<String> left, List<String> right) {
		if (left.size() != right.size() || left.size() < 2) {
			return false;
		}
		int differing = -1;
		for (int i = 0; i < left.size(); i++) {
			if (!left.get(i).equals(right.get(i))) {
				if (differing >= 0) {
					return false;
				}
				differing = i;
			}
		}
		String a = left.get(differing);
		String b = right.get(differing);
		String shorter = a.length() < b.length() ? a : b;
		String longer = shorter == a ? b : a;
		if (longer.length() != shorter.length() + 1 || shorter.length() < VOWEL_VARIANT_LETTERS) {
			return false;
		}
		for (int i = 0; i < longer.length(); i++) {
			char c = longer.charAt(i);
			if ((c == 'ا' || c == 'و' || c == 'ي') && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether two names of three words or more are equal but for one slip of the pen in one word: a letter more, less or
	 * other ("حمد بن علي كومان" for "محمد بن علي كومان"). Two people's names can differ so ("حمد"/"محمد" are two given
	 * names), so this is evidence of one person only beside another, such as the same office.
	 */
	public static boolean oneSlipApart(String a, String b) {
		List<String> left = skeletons(a);
		List<String> right = skeletons(b);
		if (left.size() != right.size() || left.size() < SLIP_WORDS || left.equals(right)) {
			return false;
		}
		int differing = 0;
		for (int i = 0; i < left.size(); i++) {
			if (!left.get(i).equals(right.get(i)) && (++differing > 1 || !oneEditApart(left.get(i), right.get(i)))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the shorter of two names, of two words or more, is a short form of the longer that a writer uses for
	 * someone already known: the same given name, and every other word of it a word of the longer one. The family
	 * name's article aside ("فهد اليوسف" of "فهد يوسف سعود الصباح"), the grandfather's or the family's name dropped
	 * ("إبراهيم محمود" of "إبراهيم محمود حامد", "عبدالعزيز آل سعود" of "عبدالعزيز بن سعود بن نايف"), and a space
	 * lost between two of its words ("عبد العزيزالغامدي"). Different people's names can relate so, so this is evidence
	 * of one person only beside another, such as the same office.
	 */
	public static boolean shortForm(String a, String b) {
		List<String> left = skeletons(a);
		List<String> right = skeletons(b);
		List<String> shorter = left.size() <= right.size() ? left : right;
		List<String> longer = shorter == left ? right : left;
		Set<String> words = new HashSet<>(longer);
		List<String> parts = new ArrayList<>();
		for (String word : shorter) {
			parts.addAll(words.contains(word) ? List.of(word) : runTogether(word, words));
		}
		return parts.size() >= 2 && parts.size() <= longer.size() && parts.getFirst().equals(longer.getFirst())
				&& words.containsAll(parts);
	}

	/** A word split where a space before an article was lost, if both pieces are words of the other name; else itself. */
	private static List<String> runTogether(String word, Set<String> words) {
		for (int at = word.indexOf("ال", RUN_TOGETHER_MIN); at > 0; at = word.indexOf("ال", at + 1)) {
			String head = word.substring(0, at);
			String tail = ArabicText.stripClitics(word.substring(at));
			if (words.contains(head) && words.contains(tail)) {
				return List.of(head, tail);
			}
		}
		return List.of(word);
	}

	/** Words of three letters or more one insertion, deletion or substitution apart. */
	private static boolean oneEditApart(String a, String b) {
		String shorter = a.length() <= b.length() ? a : b;
		String longer = shorter == a ? b : a;
		if (shorter.length() < 3 || longer.length() - shorter.length() > 1) {
			return false;
		}
		int i = 0;
		while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
			i++;
		}
		return longer.length() == shorter.length() ? shorter.substring(i + 1).equals(longer.substring(i + 1))
				: shorter.substring(i).equals(longer.substring(i + 1));
	}

	/** The folded words of a name, without the particles بن and آل that some writers drop. */
	public static List<String> skeletons(String name) {
		return ArabicText.bareTokens(name).stream()
			.filter(token -> !token.equals("بن") && !token.equals("ابن") && !token.equals("ال"))
			.map(NameMatch::skeleton)
			.toList();
	}

	private static String skeleton(String token) {
		StringBuilder out = new StringBuilder(token.length());
		for (char c : token.toCharArray()) {
			out.append(switch (c) {
				case 'غ', 'ج', 'ق', 'گ' -> 'ك';
				case 'ث', 'ص' -> 'س';
				case 'ذ', 'ظ' -> 'ز';
				case 'ط' -> 'ت';
				case 'ض' -> 'د';
				case 'ح' -> 'ه';
				default -> c;
			});
		}
		return out.toString();
	}
}
