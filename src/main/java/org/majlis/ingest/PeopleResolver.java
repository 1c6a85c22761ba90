package org.majlis.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.majlis.common.ArabicText;
import org.majlis.common.NameMatch;
import org.majlis.ingest.extract.PersonMention;
import org.majlis.model.NodeLabel;

import org.springframework.stereotype.Component;

/**
 * The people of an article resolved for {@link EntityResolver}: by an exact normalised name or alias, else by a spelling
 * variant among those sharing the surname or holding an office the mention is named with.
 */
@Component
class PeopleResolver {

	private final EntityLookups lookups;

	PeopleResolver(EntityLookups lookups) {
		this.lookups = lookups;
	}

	/** What {@link ArticleLookups} looks a person up by. */
	static EntityLookups.PersonProbe probe(PersonMention person) {
		return new EntityLookups.PersonProbe(EntityResolver.probes(EntityResolver.names(person.name(), person.aliases())), surname(person.name()));
	}

	/**
	 * People found by no exact name are matched among those sharing their surname and the holders of the offices they
	 * are named with; the holders are looked up only for offices at bodies the graph holds, since a new body has none.
	 */
	void resolve(List<PersonMention> people, List<EntityLookups.PersonFound> found, Resolution resolution) {
		List<List<EntityLookups.Office>> offices = people.stream().map(person -> offices(person, resolution)).toList();
		List<Integer> byOffice = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			if (found.get(i).exact().isEmpty() && people.get(i).positions().stream()
				.anyMatch(position -> position.organizationRef() != null && resolution.existed(position.organizationRef()))) {
				byOffice.add(i);
			}
		}
		List<List<EntityLookups.KnownPerson>> holders = lookups.findHolders(byOffice.stream().map(offices::get).toList());
		for (int i = 0; i < people.size(); i++) {
			PersonMention person = people.get(i);
			EntityLookups.PersonFound match = found.get(i);
			List<EntityLookups.KnownPerson> variants = new ArrayList<>(match.variants());
			int asked = byOffice.indexOf(i);
			if (asked >= 0) {
				holders.get(asked).stream().filter(holder -> variants.stream().noneMatch(known -> known.id().equals(holder.id())))
					.forEach(variants::add);
			}
			List<EntityLookups.Office> named = offices.get(i);
			String id = match.exact().stream().findFirst().orElseGet(() -> variantMatch(person, variants, named));
			boolean existed = id != null;
			resolution.put(person.ref(), existed ? id : NewIds.of(NodeLabel.PERSON.prefix(), person.nameEn(), person.name(), null), existed);
		}
	}

	/** The last word of a name of two words or more, which people whose names are variants of it share. */
	private static String surname(String name) {
		List<String> words = ArabicText.bareTokens(name);
		return words.size() < 2 ? null : words.getLast();
	}

	/**
	 * A person whose name is a spelling variant, or a fuller or shorter form, of one of the mention's names; else one
	 * who holds an office the mention is named with and whose name is one slip of the pen from the mention's, or a
	 * short form of it or it of theirs ({@link NameMatch#shortForm}).
	 */
	private static String variantMatch(PersonMention person, List<EntityLookups.KnownPerson> variants, List<EntityLookups.Office> named) {
		List<String> spellings = EntityResolver.names(person.name(), person.aliases());
		for (EntityLookups.KnownPerson known : variants) {
			if (anyPair(known.names(), spellings, NameMatch::samePerson)) {
				return known.id();
			}
		}
		Set<String> offices = new HashSet<>();
		for (EntityLookups.Office office : named) {
			offices.add(office.titleKey() + " " + office.organization());
		}
		for (EntityLookups.KnownPerson known : variants) {
			if (known.offices().stream().anyMatch(offices::contains)
					&& (anyPair(known.names(), spellings, NameMatch::oneSlipApart) || anyPair(known.names(), spellings, NameMatch::shortForm))) {
				return known.id();
			}
		}
		return null;
	}

	/** The offices a person is named with, at bodies already resolved. */
	private static List<EntityLookups.Office> offices(PersonMention person, Resolution resolution) {
		List<EntityLookups.Office> offices = new ArrayList<>();
		for (var position : person.positions()) {
			String org = resolution.id(position.organizationRef());
			if (org != null) {
				offices.add(new EntityLookups.Office(ArabicText.key(position.title()), org));
			}
		}
		return offices;
	}

	private static boolean anyPair(List<String> known, List<String> spellings, BiPredicate<String, String> same) {
		return known.stream().anyMatch(name -> spellings.stream().anyMatch(spelling -> same.test(name, spelling)));
	}
}
