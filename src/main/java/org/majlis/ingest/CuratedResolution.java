package org.majlis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.majlis.common.ArabicText;
import org.majlis.common.NameMatch;
import org.majlis.curation.Judgements;
import org.majlis.ingest.extract.PersonMention;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The analysts' judgements applied to an article's resolution: a mention resolved to a merged-away id (by a
 * lexicon key, or the id its name makes) goes to the survivor, and a person resolved to a node kept apart from
 * another goes to that other when its names match the mention more closely (same normalised name, then same
 * letters but for transliteration, then a variant), since the analyst said the two are not one person.
 */
@Component
class CuratedResolution {

	private static final String NAMES = "MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id, p.name AS name, p.aliases AS aliases";

	private final Judgements judgements;
	private final Neo4jClient neo4j;

	CuratedResolution(Judgements judgements, Neo4jClient neo4j) {
		this.judgements = judgements;
		this.neo4j = neo4j;
	}

	void apply(List<PersonMention> people, Resolution resolution) {
		List<String> ids = resolution.refs().stream().map(resolution::id).distinct().toList();
		Map<String, String> survivors = judgements.survivors(ids);
		for (String ref : List.copyOf(resolution.refs())) {
			String survivor = survivors.get(resolution.id(ref));
			if (survivor != null) {
				resolution.move(ref, survivor);
			}
		}
		List<PersonMention> known = people.stream().filter(p -> resolution.existed(p.ref())).toList();
		Map<String, List<String>> apart = judgements.keptApart(known.stream().map(p -> resolution.id(p.ref())).distinct().toList());
		if (apart.isEmpty()) {
			return;
		}
		Map<String, List<String>> names = names(apart);
		for (PersonMention person : known) {
			String chosen = resolution.id(person.ref());
			String better = chosen;
			int best = closeness(person.name(), names.getOrDefault(chosen, List.of()));
			for (String other : apart.getOrDefault(chosen, List.of())) {
				int closeness = closeness(person.name(), names.getOrDefault(other, List.of()));
				if (closeness > best) {
					best = closeness;
					better = other;
				}
			}
			if (!better.equals(chosen)) {
				resolution.move(person.ref(), better);
			}
		}
	}

	/** The names and aliases of the people concerned, by id. */
	private Map<String, List<String>> names(Map<String, List<String>> apart) {
		List<String> ids = new ArrayList<>(apart.keySet());
		apart.values().forEach(ids::addAll);
		Map<String, List<String>> out = new java.util.HashMap<>();
		for (Map<String, Object> row : neo4j.query(NAMES).bind(ids.stream().distinct().toList()).to("ids").fetch().all()) {
			List<String> all = new ArrayList<>();
			all.add((String) row.get("name"));
			@SuppressWarnings("unchecked")
			List<String> aliases = (List<String>) row.get("aliases");
			if (aliases != null) {
				all.addAll(aliases);
			}
			out.put((String) row.get("id"), all);
		}
		return out;
	}

	/** 3 the same normalised name, 2 the same letters but for transliteration, 1 a variant, 0 none. */
	private static int closeness(String mention, List<String> names) {
		int best = 0;
		for (String name : names) {
			if (name == null) {
				continue;
			}
			int closeness = ArabicText.key(name).equals(ArabicText.key(mention)) ? 3
					: NameMatch.skeletons(name).equals(NameMatch.skeletons(mention)) ? 2 : NameMatch.samePerson(name, mention) ? 1 : 0;
			best = Math.max(best, closeness);
		}
		return best;
	}
}
