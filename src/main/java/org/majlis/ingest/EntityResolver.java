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
import org.majlis.common.NodeIds;
import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.EventMention;
import org.majlis.ingest.extract.OrganizationMention;
import org.majlis.ingest.extract.PersonMention;
import org.majlis.ingest.extract.PlaceMention;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds, for every mention of an article, the node the graph already holds for it, through indexed
 * look-ups only (unique ids, and the text index on {@code matchText}), so that the cost of an article does not
 * grow with the graph. Known organisations and places resolve by their lexicon key; others by an exact
 * normalised name or alias (organisations also by country); people also by spelling variants of the name.
 */
@Component
class EntityResolver {

	private final Neo4jClient neo4j;

	EntityResolver(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Resolution resolve(ArticleExtraction article) {
		Resolution resolution = new Resolution();
		resolvePlaces(article.places(), resolution);
		resolveOrganizations(article.organizations(), resolution);
		resolvePeople(article.people(), resolution);
		resolveEvents(article.events(), resolution);
		return resolution;
	}

	private void resolvePlaces(List<PlaceMention> places, Resolution resolution) {
		for (PlaceMention place : places) {
			String id = place.lexiconKey() != null ? NodeIds.of(NodeIds.PLACE, place.lexiconKey())
					: exactMatch("Place", names(place.name(), place.aliases())).stream().findFirst()
						.orElse(NewIds.of(NodeIds.PLACE, place.nameEn(), place.name(), null));
			resolution.put(place.ref(), id, exists("Place", id));
		}
	}

	private void resolveOrganizations(List<OrganizationMention> orgs, Resolution resolution) {
		for (OrganizationMention org : orgs) {
			String countryId = resolution.id(org.countryRef());
			String id;
			if (org.lexiconKey() != null) {
				id = NodeIds.of(NodeIds.ORGANIZATION, org.lexiconKey());
			}
			else {
				id = null;
				for (Map<String, Object> candidate : candidates("Organization", names(org.name(), org.aliases()))) {
					if (Objects.equals(candidate.get("country"), countryId)) {
						id = (String) candidate.get("id");
						break;
					}
				}
				if (id == null) {
					id = NewIds.of(NodeIds.ORGANIZATION, org.nameEn(), org.name(), countryId);
				}
			}
			resolution.put(org.ref(), id, exists("Organization", id));
		}
	}

	private void resolvePeople(List<PersonMention> people, Resolution resolution) {
		for (PersonMention person : people) {
			List<String> names = names(person.name(), person.aliases());
			String id = exactMatch("Person", names).stream().findFirst().orElseGet(() -> variantMatch(person));
			boolean existed = id != null;
			resolution.put(person.ref(), existed ? id : NewIds.of(NodeIds.PERSON, person.nameEn(), person.name(), null), existed);
		}
	}

	/** A person whose name is a spelling variant, or a fuller or shorter form, of the mention's name. */
	private String variantMatch(PersonMention person) {
		List<String> words = ArabicText.bareTokens(person.name());
		if (words.size() < 2) {
			return null;
		}
		String surname = words.getLast();
		List<Map<String, Object>> rows = new ArrayList<>(neo4j.query("""
				MATCH (p:Person) WHERE p.matchText CONTAINS $surname
				RETURN p.id AS id, p.name AS name, p.aliases AS aliases LIMIT 200
				""").bind(surname).to("surname").fetch().all());
		for (Map<String, Object> row : rows) {
			List<String> known = new ArrayList<>();
			known.add((String) row.get("name"));
			@SuppressWarnings("unchecked")
			List<String> aliases = (List<String>) row.get("aliases");
			if (aliases != null) {
				known.addAll(aliases);
			}
			for (String name : known) {
				if (NameMatch.samePerson(name, person.name())) {
					return (String) row.get("id");
				}
			}
		}
		return null;
	}

	private void resolveEvents(List<EventMention> events, Resolution resolution) {
		for (EventMention event : events) {
			String placeId = resolution.id(event.placeRef());
			String id = null;
			for (Map<String, Object> candidate : eventCandidates(names(event.name(), event.aliases()))) {
				if (sameDates(event.start(), (String) candidate.get("start"))
						&& (placeId == null || candidate.get("place") == null || placeId.equals(candidate.get("place")))) {
					id = (String) candidate.get("id");
					break;
				}
			}
			boolean existed = id != null;
			resolution.put(event.ref(), existed ? id
					: NewIds.of(NodeIds.EVENT, event.nameEn(), event.name(), event.start() == null ? placeId : event.start().toString()),
					existed);
		}
	}

	/** Two reports of one event agree on its start where both give one (a year-less date matches any year). */
	private static boolean sameDates(PartialDate mention, String known) {
		if (mention == null || known == null) {
			return mention == null && known == null;
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

	private static List<String> probes(List<String> names) {
		return names.stream().map(MatchText::exact).filter(probe -> probe.length() > 2).distinct().toList();
	}

	private List<String> exactMatch(String label, List<String> names) {
		return candidates(label, names).stream().map(row -> (String) row.get("id")).toList();
	}

	/** Nodes of the label whose names or aliases equal one of the names (normalised), best first. */
	private List<Map<String, Object>> candidates(String label, List<String> names) {
		return List.copyOf(neo4j.query("""
				UNWIND range(0, size($probes) - 1) AS rank
				WITH rank, $probes[rank] AS probe
				MATCH (n:%s) WHERE n.matchText CONTAINS probe
				WITH n, min(rank) AS rank ORDER BY rank, n.id
				RETURN n.id AS id, COLLECT { MATCH (n)-[:IN_COUNTRY]->(c:Place) RETURN c.id }[0] AS country
				""".formatted(label)).bind(probes(names)).to("probes").fetch().all());
	}

	private List<Map<String, Object>> eventCandidates(List<String> names) {
		return List.copyOf(neo4j.query("""
				UNWIND $probes AS probe
				MATCH (e:Event) WHERE e.matchText CONTAINS probe
				RETURN DISTINCT e.id AS id, e.startDate AS start, COLLECT { MATCH (e)-[:HELD_IN]->(p:Place) RETURN p.id }[0] AS place
				""").bind(probes(names)).to("probes").fetch().all());
	}

	private boolean exists(String label, String id) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		return neo4j.query("RETURN EXISTS { MATCH (n:%s {id: $id}) } AS found".formatted(label)).bindAll(params)
			.fetchAs(Boolean.class).one().orElse(false);
	}
}
