package org.majlis.ingest.extract.findings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

	private final List<Person> people = new ArrayList<>();
	private final NameTransliterator transliterator;

	public PeopleRegistry(NameTransliterator transliterator) {
		this.transliterator = transliterator;
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
		for (Person p : people) {
			if (ArabicText.key(p.name).equals(key) || p.aliases.stream().anyMatch(a -> ArabicText.key(a).equals(key))) {
				return p;
			}
			List<String> other = p.words();
			boolean contained = contained(words, other) || contained(other, words);
			if (contained || prefix(words, other) || prefix(other, words)) {
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

	/** The person of this article who holds the office, or null. */
	public String holder(String title, String organizationRef) {
		List<String> wanted = ArabicText.bareTokens(title);
		for (Person p : people) {
			for (PositionMention pos : p.positions) {
				if (pos.organizationRef().equals(organizationRef) && ArabicText.bareTokens(pos.title()).equals(wanted)) {
					return p.ref;
				}
			}
		}
		return null;
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
