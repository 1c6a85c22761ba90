package org.majlis.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.majlis.common.ArabicText;
import org.majlis.common.MatchText;
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
 * Every mention is looked up in one statement for the whole article ({@link ArticleLookups}), what follows from the
 * answers only where a mention needs it ({@link EntityLookups}); the analysts' merges and kept-apart pairs are applied
 * last, in one statement more ({@link CuratedResolution}).
 */
@Component
class EntityResolver {

	/** The fewest words of an event's name that may identify it across articles. */
	private static final int IDENTIFYING_WORDS = 3;

	private final ArticleLookups mentions;
	private final EntityLookups lookups;
	private final PeopleResolver people;
	private final CuratedResolution curated;

	EntityResolver(ArticleLookups mentions, EntityLookups lookups, PeopleResolver people, CuratedResolution curated) {
		this.mentions = mentions;
		this.lookups = lookups;
		this.people = people;
		this.curated = curated;
	}

	Resolution resolve(ArticleExtraction article) {
		Resolution resolution = new Resolution();
		List<EntityLookups.Probe> places = article.places().stream().map(EntityResolver::placeProbe).toList();
		List<EntityLookups.Probe> orgs = article.organizations().stream().map(org -> orgProbe(org, predictedCountry(org, article.places())))
			.toList();
		ArticleLookups.Answers found = mentions.find(new ArticleLookups.Probes(places, orgs,
				article.people().stream().map(PeopleResolver::probe).toList(),
				article.events().stream().map(event -> probes(identifying(names(event.name(), event.aliases())))).toList()));
		resolvePlaces(article.places(), places, found.places(), resolution);
		resolveOrganizations(article.organizations(), orgs, found.organizations(), resolution);
		people.resolve(article.people(), found.people(), resolution);
		knownOffices(article, resolution);
		resolveEvents(article.events(), found.events(), article.cleanedText(), resolution);
		curated.apply(article.people(), resolution);
		return resolution;
	}

	/** A known place by its lexicon key, another by its names; the id it has if nothing matches. */
	private static EntityLookups.Probe placeProbe(PlaceMention place) {
		return place.lexiconKey() != null ? new EntityLookups.Probe(NodeLabel.PLACE.id(place.lexiconKey()), List.of())
				: new EntityLookups.Probe(NewIds.of(NodeLabel.PLACE.prefix(), place.nameEn(), place.name(), null),
						probes(names(place.name(), place.aliases())));
	}

	/** A known body by its lexicon key, another by its names; the id it has if nothing matches is qualified by its country's id. */
	private static EntityLookups.Probe orgProbe(OrganizationMention org, String countryId) {
		return org.lexiconKey() != null ? new EntityLookups.Probe(NodeLabel.ORGANIZATION.id(org.lexiconKey()), List.of())
				: new EntityLookups.Probe(NewIds.of(NodeLabel.ORGANIZATION.prefix(), org.nameEn(), org.name(), countryId),
						probes(names(org.name(), org.aliases())));
	}

	/**
	 * The id a body's country will resolve to, as far as can be told before the look-up: a country of the lexicon
	 * resolves to its own id; another place to the first node its names match, else its own new id, which this takes.
	 */
	private static String predictedCountry(OrganizationMention org, List<PlaceMention> places) {
		return places.stream().filter(place -> place.ref().equals(org.countryRef())).findFirst().map(place -> placeProbe(place).id())
			.orElse(null);
	}

	private static void resolvePlaces(List<PlaceMention> places, List<EntityLookups.Probe> probes, List<EntityLookups.Found> found,
			Resolution resolution) {
		for (int i = 0; i < places.size(); i++) {
			putFound(resolution, places.get(i).ref(), probes.get(i), found.get(i).candidates().stream().findFirst().orElse(null),
					found.get(i));
		}
	}

	/** Bodies whose country resolved to another id than the one they were looked up with are looked up again. */
	private void resolveOrganizations(List<OrganizationMention> orgs, List<EntityLookups.Probe> predicted, List<EntityLookups.Found> found,
			Resolution resolution) {
		List<EntityLookups.Probe> probes = new ArrayList<>();
		List<Integer> again = new ArrayList<>();
		for (int i = 0; i < orgs.size(); i++) {
			EntityLookups.Probe probe = orgProbe(orgs.get(i), resolution.id(orgs.get(i).countryRef()));
			probes.add(probe);
			if (!probe.id().equals(predicted.get(i).id())) {
				again.add(i);
			}
		}
		List<EntityLookups.Found> refound = lookups.findOrganizations(again.stream().map(probes::get).toList());
		List<EntityLookups.Found> answers = new ArrayList<>(found);
		for (int j = 0; j < again.size(); j++) {
			answers.set(again.get(j), refound.get(j));
		}
		for (int i = 0; i < orgs.size(); i++) {
			String countryId = resolution.id(orgs.get(i).countryRef());
			putFound(resolution, orgs.get(i).ref(), probes.get(i), answers.get(i).candidates().stream()
				.filter(candidate -> Objects.equals(candidate.country(), countryId)).findFirst().orElse(null), answers.get(i));
		}
	}

	/** A mention that resolves to its candidate if one matched, else to its probe's id (known or new). */
	private static void putFound(Resolution resolution, String ref, EntityLookups.Probe probe, EntityLookups.Candidate candidate,
			EntityLookups.Found found) {
		resolution.put(ref, candidate != null ? candidate.id() : probe.id(), candidate != null || found.known());
	}

	/**
	 * A person the graph knows, named here with an office in a national body whose country the article leaves
	 * unknown, holds that office in the body the graph already has with its country ("وزير الداخلية" of a minister
	 * the graph knows at Egypt's ministry). So does one whose body has only the article's own country, for want of
	 * anything the text says of it, when no one else of the article holds an office there: a visiting minister named
	 * "وزير الداخلية" in a report from the host's capital keeps the ministry the graph knows them at.
	 */
	private void knownOffices(ArticleExtraction article, Resolution resolution) {
		Map<String, Long> holders = article.people().stream().flatMap(p -> p.positions().stream().map(PositionMention::organizationRef)
			.distinct()).filter(Objects::nonNull).collect(java.util.stream.Collectors.groupingBy(ref -> ref, java.util.stream.Collectors.counting()));
		Map<String, OrganizationMention> unplaced = new HashMap<>();
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

	/**
	 * An event is one another article reported when it has a name that identifies it and the same start date, to the
	 * day; an undated event is the article's own (its new id carries the article's text), so two articles' "زيارة وزير
	 * الداخلية" never meet on one node.
	 */
	private static void resolveEvents(List<EventMention> events, List<List<EntityLookups.EventCandidate>> found, String articleText,
			Resolution resolution) {
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

	static List<String> names(String name, Collection<String> aliases) {
		Set<String> names = new LinkedHashSet<>();
		names.add(name);
		if (aliases != null) {
			names.addAll(aliases);
		}
		return List.copyOf(names);
	}

	/** The exact-match probes of a mention's names, longer than the delimiters alone. */
	static List<String> probes(List<String> names) {
		return names.stream().map(MatchText::exact).filter(probe -> probe.length() > 2).distinct().toList();
	}
}
