package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.majlis.common.ArabicText;

/**
 * One mention per person of an article: two names are the same person when their keys are equal
 * ("عبدالله" = "عبد الله") or one name's words (at least two) all occur in the other.
 */
final class PeopleRegistry {

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
	}

	private final List<Person> people = new ArrayList<>();
	private final NameTransliterator transliterator;

	PeopleRegistry(NameTransliterator transliterator) {
		this.transliterator = transliterator;
	}

	String add(String name, List<String> ranks, PositionMention position, Evidence evidence) {
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
		if (position != null && p.positions.stream().noneMatch(x -> x.organizationRef().equals(position.organizationRef()) && x.title().equals(position.title()))) {
			p.positions.add(position);
		}
		return p.ref;
	}

	private Person find(String name) {
		String key = ArabicText.key(name);
		Set<String> words = new HashSet<>(ArabicText.bareTokens(name));
		for (Person p : people) {
			if (ArabicText.key(p.name).equals(key) || p.aliases.stream().anyMatch(a -> ArabicText.key(a).equals(key))) {
				return p;
			}
			Set<String> other = new HashSet<>(ArabicText.bareTokens(p.name));
			boolean contained = words.size() >= 2 && other.size() >= 2 && (other.containsAll(words) || words.containsAll(other));
			if (contained) {
				return p;
			}
		}
		return null;
	}

	/** The person of this article who holds the office, or null. */
	String holder(String title, String organizationRef) {
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

	List<PersonMention> mentions() {
		List<PersonMention> out = new ArrayList<>();
		for (Person p : people) {
			out.add(new PersonMention(p.ref, p.name, transliterator.english(p.name), List.copyOf(p.aliases), List.copyOf(p.ranks),
					List.copyOf(p.positions), p.evidence));
		}
		return out;
	}
}
