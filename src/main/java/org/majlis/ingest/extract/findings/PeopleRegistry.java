package org.majlis.ingest.extract.findings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.majlis.common.ArabicText;
import org.majlis.ingest.extract.Evidence;
import org.majlis.ingest.extract.PersonMention;
import org.majlis.ingest.extract.PositionMention;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * One mention per person of an article: two names are the same person when their keys are equal ("عبدالله" =
 * "عبد الله"), when one name's words (at least two) all occur in the other, or when the shorter is the start of the
 * longer and gives a given name, a father's and a grandfather's ("عبد العزيز بن سعود بن نايف" of "… بن نايف آل سعود").
 */
public final class PeopleRegistry {

	private static final class Person {
		final String ref;
		String name;
		final Set<String> aliases = new LinkedHashSet<>();
		final Set<String> ranks = new LinkedHashSet<>();
		final List<PositionMention> positions = new ArrayList<>();
		final Evidence evidence;

		Person(String ref, String name, Evidence evidence) {
			this.ref = ref;
			this.name = name;
			this.evidence = evidence;
		}

		List<String> words() {
			return ArabicText.bareTokens(name);
		}
	}

	private static final int PREFIX_PARTS = 3;
	private static final int VARIANT_LENGTH = 5;
	private static final Set<String> PATRONYMS = Set.of("بن", "ابن", "بنت", "ولد");
	private static final Set<String> COMPOUND_OPENINGS = Set.of("ابو", "ام");

	private final List<Person> people = new ArrayList<>();
	private final NameTransliterator transliterator;
	private final Predicate<String> givenName;

	/** @param givenName true for a folded word that is a given name ({@code given-names.tsv}) */
	public PeopleRegistry(NameTransliterator transliterator, Predicate<String> givenName) {
		this.transliterator = transliterator;
		this.givenName = givenName;
	}

	public String add(String name, List<String> ranks, Evidence evidence) {
		Person p = find(name);
		if (p == null) {
			p = new Person("p" + (people.size() + 1), name, evidence);
			people.add(p);
		}
		else if (!ArabicText.key(name).equals(ArabicText.key(p.name))) {
			if (ArabicText.tokens(name).size() > ArabicText.tokens(p.name).size()) {
				p.aliases.add(p.name);
				p.name = name;
			}
			else {
				p.aliases.add(name);
			}
		}
		else if (!name.equals(p.name)) {
			p.aliases.add(name);
		}
		p.ranks.addAll(ranks);
		return p.ref;
	}

	/** Adds an office to a person of this article, once per organisation and title. */
	public void position(String ref, PositionMention position) {
		for (Person p : people) {
			if (p.ref.equals(ref) && p.positions.stream()
				.noneMatch(x -> x.organizationRef().equals(position.organizationRef()) && ArabicText.key(x.title()).equals(ArabicText.key(position.title())))) {
				p.positions.add(position);
			}
		}
	}

	private Person find(String name) {
		String key = ArabicText.key(name);
		List<String> words = ArabicText.bareTokens(name);
		List<String> keys = ArabicText.tokens(name);
		for (Person p : people) {
			if (ArabicText.key(p.name).equals(key) || p.aliases.stream().anyMatch(a -> ArabicText.key(a).equals(key))) {
				return p;
			}
			List<String> other = p.words();
			boolean contained = contained(words, other) || contained(other, words);
			if (contained || prefix(words, other) || prefix(other, words) || variant(keys, ArabicText.tokens(p.name)) || surname(keys, ArabicText.tokens(p.name)) || surname(ArabicText.tokens(p.name), keys)
					|| familyName(keys, ArabicText.tokens(p.name)) || familyName(ArabicText.tokens(p.name), keys)) {
				return p;
			}
		}
		return null;
	}

	/**
	 * All words of the shorter name (two or more, particles aside) occur in the longer and both start with the same
	 * given name ("هاشم الرفاعي" in "هاشم عبدالرزاق الرفاعي"; not "نايف بن عبدالعزيز" in "فهد بن نايف بن عبدالعزيز").
	 */
	static boolean contained(List<String> shorter, List<String> longer) {
		List<String> s = shorter.stream().filter(w -> !w.equals("بن") && !w.equals("ابن")).toList();
		List<String> l = longer.stream().filter(w -> !w.equals("بن") && !w.equals("ابن")).toList();
		return s.size() >= 2 && l.size() >= s.size() && s.getFirst().equals(l.getFirst()) && new HashSet<>(l).containsAll(s);
	}

	/** The shorter name starts the longer one and has at least a given name, a father's and a grandfather's. */
	static boolean prefix(List<String> shorter, List<String> longer) {
		List<String> s = shorter.stream().filter(w -> !w.equals("بن") && !w.equals("ابن")).toList();
		List<String> l = longer.stream().filter(w -> !w.equals("بن") && !w.equals("ابن")).toList();
		return s.size() >= PREFIX_PARTS && s.size() < l.size() && l.subList(0, s.size()).equals(s);
	}

	/**
	 * Two spellings of one transliterated name: the same given name, and the other words equal once long vowels and
	 * final "ه"/"ة" are dropped ("فينست برونا", "فينست بيرونا"); short words ("حسن", "حسين") must agree as written.
	 */
	static boolean variant(List<String> a, List<String> b) {
		if (a.size() < 2 || a.size() != b.size() || !a.getFirst().equals(b.getFirst())) {
			return false;
		}
		for (int k = 1; k < a.size(); k++) {
			boolean same = a.get(k).equals(b.get(k));
			if (!same && (a.get(k).length() < VARIANT_LENGTH || b.get(k).length() < VARIANT_LENGTH || !skeleton(a.get(k)).equals(skeleton(b.get(k))))) {
				return false;
			}
		}
		return true;
	}

	private static String skeleton(String word) {
		String w = word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
		return w.replaceAll("[اويىةه]", "");
	}

	/**
	 * The shorter name is the end of the longer and a compound family name of its own ("عبد العالي" of "فوزي الطاهر
	 * عبد العالي", "عطا الله" of "حازم عطا الله"): "عبد" or "أبو" and a word, or a word and "الله" (keys join "عبد"); not a father's name ("بن عبد الله").
	 */
	static boolean surname(List<String> shorter, List<String> longer) {
		int n = shorter.size();
		if (n == 0 || n > 2 || longer.size() <= n || !longer.subList(longer.size() - n, longer.size()).equals(shorter)) {
			return false;
		}
		if (longer.size() > n && PATRONYMS.contains(longer.get(longer.size() - n - 1))) {
			return false;
		}
		String first = shorter.getFirst();
		return n == 1 ? first.startsWith("عبد") && first.length() > 3 : COMPOUND_OPENINGS.contains(first) || shorter.getLast().equals("الله");
	}

	/**
	 * "باردو بيكيراس" of "فرانسيسكو باردو بيكيراس": the shorter name is the last two words of a longer one and opens with
	 * no given name, particle or article, so it is the family name of two words a foreign name is called by, not someone's
	 * given and family names ("علي كومان" of "محمد بن علي كومان" is the father's, "صالح النابت" another person's).
	 */
	boolean familyName(List<String> shorter, List<String> longer) {
		int n = shorter.size();
		return n == 2 && longer.size() > n && longer.subList(longer.size() - n, longer.size()).equals(shorter)
				&& !PATRONYMS.contains(longer.get(longer.size() - n - 1)) && !givenName.test(shorter.getFirst())
				&& shorter.stream().noneMatch(w -> PATRONYMS.contains(w) || w.startsWith("ال"));
	}

	/**
	 * The person of this article who holds the office, or null; a title that opens another's in the same body stands for
	 * it when one person holds such an office there ("مديرة الحرس المدني" for its "المديرة العامة").
	 */
	public String holder(String title, String organizationRef) {
		List<String> wanted = ArabicText.bareTokens(title);
		Set<String> fuller = new LinkedHashSet<>();
		for (Person p : people) {
			for (PositionMention pos : p.positions) {
				if (!pos.organizationRef().equals(organizationRef)) {
					continue;
				}
				List<String> held = ArabicText.bareTokens(pos.title());
				if (held.equals(wanted)) {
					return p.ref;
				}
				if (!wanted.isEmpty() && held.size() > wanted.size() && held.subList(0, wanted.size()).equals(wanted)) {
					fuller.add(p.ref);
				}
			}
		}
		return fuller.size() == 1 ? fuller.iterator().next() : null;
	}

	/** Every name and alias of the article's people, as folded words, with the person's ref. */
	public List<java.util.Map.Entry<List<String>, String>> spellings() {
		List<java.util.Map.Entry<List<String>, String>> out = new ArrayList<>();
		for (Person p : people) {
			out.add(java.util.Map.entry(Tokenizer.words(p.name), p.ref));
			p.aliases.forEach(alias -> out.add(java.util.Map.entry(Tokenizer.words(alias), p.ref)));
		}
		return out;
	}

	/** The name of a person of this article. */
	public String name(String ref) {
		return people.stream().filter(p -> p.ref.equals(ref)).map(p -> p.name).findFirst().orElse(null);
	}

	/** The only person of this article whose last name is the word ("العمر", "والاس"), or null. */
	public String byName(String foldedWord) {
		String bare = ArabicText.stripClitics(foldedWord);
		String found = null;
		for (Person p : people) {
			String last = p.words().getLast();
			if (last.equals(bare) || last.equals(foldedWord)) {
				if (found != null && !found.equals(p.ref)) {
					return null;
				}
				found = p.ref;
			}
		}
		return found;
	}

	public List<PersonMention> mentions() {
		List<PersonMention> out = new ArrayList<>();
		for (Person p : people) {
			out.add(new PersonMention(p.ref, p.name, transliterator.english(p.name), List.copyOf(p.aliases), List.copyOf(p.ranks),
					List.copyOf(p.positions), p.evidence));
		}
		return out;
	}
}
