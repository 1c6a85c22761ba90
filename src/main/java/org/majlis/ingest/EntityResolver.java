package org.majlis.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

import org.majlis.common.ArabicText;
import org.majlis.common.MatchText;
import org.majlis.common.NameMatch;
import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.EventMention;
import org.majlis.ingest.extract.OrganizationMention;
import org.majlis.ingest.extract.PersonMention;
import org.majlis.ingest.extract.PlaceMention;
import org.majlis.ingest.extract.PositionMention;
import org.majlis.model.NodeLabel;

import org.springframework.stereotype.Component;

/**
 * Finds, for every mention of an article, the node the graph already holds for it, through indexed
 * look-ups only (unique ids, and the text index on {@code matchText}), so that the cost of an article does not
 * grow with the graph. Known organisations and places resolve by their lexicon key; others by an exact
 * normalised name or alias (organisations also by country); people also by spelling variants of the name.
 * Each kind of entity is looked up in one query for all its mentions (see {@link EntityLookups}); the analysts'
 * merges and kept-apart pairs are applied last ({@link CuratedResolution}).
 */
@Component
class EntityResolver {

	/** The fewest words of an event's name that may identify it across articles. */
	private static final int IDENTIFYING_WORDS = 3;

	private final EntityLookups lookups;
	private final CuratedResolution curated;

	EntityResolver(EntityLookups lookups, CuratedResolution curated) {
		this.lookups = lookups;
		this.curated = curated;
	}

	Resolution resolve(ArticleExtraction article) {
		Resolution resolution = new Resolution();
		resolvePlaces(article.places(), resolution);
		resolveOrganizations(article.organizations(), resolution);
		resolvePeople(article.people(), resolution);
		knownOffices(article, resolution);
		resolveEvents(article.events(), article.cleanedText(), resolution);
		curated.apply(article.people(), resolution);
		return resolution;
	}

	private void resolvePlaces(List<PlaceMention> places, Resolution resolution) {
		List<EntityLookups.Probe> probes = new ArrayList<>();
		for (PlaceMention place : places) {
			probes.add(place.lexiconKey() != null ? new EntityLookups.Probe(NodeLabel.PLACE.id(place.lexiconKey()), List.of())
					: new EntityLookups.Probe(NewIds.of(NodeLabel.PLACE.prefix(), place.nameEn(), place.name(), null),
							probes(names(place.name(), place.aliases()))));
		}
		List<EntityLookups.Found> found = lookups.find(NodeLabel.PLACE, probes);
		for (int i = 0; i < places.size(); i++) {
			putFound(resolution, places.get(i).ref(), probes.get(i), found.get(i).candidates().stream().findFirst().orElse(null),
					found.get(i));
		}
	}

	private void resolveOrganizations(List<OrganizationMention> orgs, Resolution resolution) {
		List<EntityLookups.Probe> probes = new ArrayList<>();
		for (OrganizationMention org : orgs) {
			probes.add(org.lexiconKey() != null
					? new EntityLookups.Probe(NodeLabel.ORGANIZATION.id(org.lexiconKey()), List.of())
					: new EntityLookups.Probe(NewIds.of(NodeLabel.ORGANIZATION.prefix(), org.nameEn(), org.name(), resolution.id(org.countryRef())),
							probes(names(org.name(), org.aliases()))));
		}
		List<EntityLookups.Found> found = lookups.find(NodeLabel.ORGANIZATION, probes);
		for (int i = 0; i < orgs.size(); i++) {
			String countryId = resolution.id(orgs.get(i).countryRef());
			putFound(resolution, orgs.get(i).ref(), probes.get(i), found.get(i).candidates().stream()
				.filter(candidate -> Objects.equals(candidate.country(), countryId)).findFirst().orElse(null), found.get(i));
		}
	}

	/** A mention that resolves to its candidate if one matched, else to its probe's id (known or new). */
	private static void putFound(Resolution resolution, String ref, EntityLookups.Probe probe, EntityLookups.Candidate candidate,
			EntityLookups.Found found) {
		resolution.put(ref, candidate != null ? candidate.id() : probe.id(), candidate != null || found.known());
	}

	private void resolvePeople(List<PersonMention> people, Resolution resolution) {
		List<EntityLookups.PersonProbe> probes = people.stream()
			.map(person -> new EntityLookups.PersonProbe(probes(names(person.name(), person.aliases())), surname(person.name()),
					offices(person, resolution)))
			.toList();
		List<EntityLookups.PersonFound> found = lookups.findPeople(probes);
		for (int i = 0; i < people.size(); i++) {
			PersonMention person = people.get(i);
			EntityLookups.PersonFound match = found.get(i);
			List<EntityLookups.Office> offices = probes.get(i).offices();
			String id = match.exact().stream().findFirst().orElseGet(() -> variantMatch(person, match.variants(), offices));
			boolean existed = id != null;
			resolution.put(person.ref(), existed ? id : NewIds.of(NodeLabel.PERSON.prefix(), person.nameEn(), person.name(), null), existed);
		}
	}

	/**
	 * A person the graph knows, named here with an office in a national body whose country the article leaves
	 * unknown, holds that office in the body the graph already has with its country ("وزير الداخلية" of a minister
	 * the graph knows at Egypt's ministry). So does one whose body has only the article's own country, for want of
	 * anything the text says of it, when no one else of the article holds an office there: a visiting minister named
	 * "وزير الداخلية" in a report from the host's capital keeps the ministry the graph knows them at.
	 */
	private void knownOffices(ArticleExtraction article, Resolution resolution) {
		java.util.Map<String, Long> holders = article.people().stream().flatMap(p -> p.positions().stream().map(PositionMention::organizationRef)
			.distinct()).filter(Objects::nonNull).collect(java.util.stream.Collectors.groupingBy(ref -> ref, java.util.stream.Collectors.counting()));
		java.util.Map<String, OrganizationMention> unplaced = new java.util.HashMap<>();
		article.organizations().stream().filter(o -> o.national() && (o.countryRef() == null || o.countryAssumed() && holders.getOrDefault(o.ref(), 0L) == 1))
			.forEach(o -> unplaced.put(o.ref(), o));
		List<EntityLookups.OfficeProbe> probes = new ArrayList<>();
		List<String> orgRefs = new ArrayList<>();
		for (PersonMention person : article.people()) {
			for (var position : person.positions()) {
				OrganizationMention org = unplaced.get(position.organizationRef());
				if (org != null && resolution.existed(person.ref())) {
					probes.add(new EntityLookups.OfficeProbe(resolution.id(person.ref()), ArabicText.key(position.title()),
							probes(names(org.name(), org.aliases()))));
					orgRefs.add(org.ref());
				}
			}
		}
		List<String> held = lookups.findOffices(probes);
		for (int i = 0; i < held.size(); i++) {
			if (held.get(i) != null) {
				resolution.moveToKnownBody(orgRefs.get(i), held.get(i));
			}
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
		List<String> spellings = names(person.name(), person.aliases());
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

	/**
	 * An event is one another article reported when it has a name that identifies it and the same start date, to the
	 * day; an undated event is the article's own (its new id carries the article's text), so two articles' "زيارة وزير
	 * الداخلية" never meet on one node.
	 */
	private void resolveEvents(List<EventMention> events, String articleText, Resolution resolution) {
		List<List<EntityLookups.EventCandidate>> found = lookups
			.findEvents(events.stream().map(event -> probes(identifying(names(event.name(), event.aliases())))).toList());
		for (int i = 0; i < events.size(); i++) {
			EventMention event = events.get(i);
			String placeId = resolution.id(event.placeRef());
			String id = null;
			for (EntityLookups.EventCandidate candidate : found.get(i)) {
				if (sameDates(event.start(), candidate.start())
						&& (placeId == null || candidate.place() == null || placeId.equals(candidate.place()))) {
					id = candidate.id();
					break;
				}
			}
			boolean existed = id != null;
			resolution.put(event.ref(), existed ? id
					: NewIds.of(NodeLabel.EVENT.prefix(), event.nameEn(), event.name(),
							event.start() == null ? placeId + "|" + articleText : event.start().toString()),
					existed);
		}
	}

	/**
	 * The names that can tell one event from others of other articles: of three words or more ("الدورة 93 للجمعية
	 * العامة"), not a bare noun ("الزيارة", "لقاء ثنائي") that every article about a visit or a meeting uses.
	 */
	private static List<String> identifying(List<String> names) {
		return names.stream().filter(name -> ArabicText.tokens(name).size() >= IDENTIFYING_WORDS).toList();
	}

	/** Two reports of one event agree on its start, given to the day by both (a year-less date matches any year). */
	private static boolean sameDates(PartialDate mention, String known) {
		if (mention == null || known == null || mention.day() == null) {
			return false;
		}
		PartialDate other = PartialDate.parse(known);
		return (mention.year() == null || other.year() == null || mention.year().equals(other.year()))
				&& Objects.equals(mention.month(), other.month()) && Objects.equals(mention.day(), other.day());
	}

	private static List<String> names(String name, Collection<String> aliases) {
		Set<String> names = new LinkedHashSet<>();
		names.add(name);
		if (aliases != null) {
			names.addAll(aliases);
		}
		return List.copyOf(names);
	}

	/** The exact-match probes of a mention's names, longer than the delimiters alone. */
	private static List<String> probes(List<String> names) {
		return names.stream().map(MatchText::exact).filter(probe -> probe.length() > 2).distinct().toList();
	}
}
