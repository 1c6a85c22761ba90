package org.majlis.ingest;

import java.util.ArrayList;
import java.util.List;

import org.majlis.common.ArabicText;
import org.majlis.common.NameMatch;
import org.majlis.curation.Judgements;
import org.majlis.ingest.extract.PersonMention;

import org.springframework.stereotype.Component;

/**
 * The analysts' judgements applied to an article's resolution: a mention resolved to a merged-away id (by a
 * lexicon key, or the id its name makes) goes to the survivor, and a person resolved to a node kept apart from
 * another goes to that other when its names match the mention more closely (same normalised name, then same
 * letters but for transliteration, then a variant), since the analyst said the two are not one person.
 */
@Component
class CuratedResolution {

	private final Judgements judgements;

	CuratedResolution(Judgements judgements) {
		this.judgements = judgements;
	}

	/** Applies the judgements, read in one statement, and keeps in the resolution the names of the nodes they concern. */
	void apply(List<PersonMention> people, Resolution resolution) {
		Judgements.Judged judged = judgements.judged(resolution.refs().stream().map(resolution::id).distinct().toList());
		judged.nodes().forEach((id, names) -> resolution.inGraph(id, names.name()));
		for (String ref : List.copyOf(resolution.refs())) {
			String survivor = judged.survivors().get(resolution.id(ref));
			if (survivor != null) {
				resolution.move(ref, survivor);
			}
		}
		for (PersonMention person : people.stream().filter(p -> resolution.existed(p.ref())).toList()) {
			String chosen = resolution.id(person.ref());
			String better = chosen;
			int best = closeness(person.name(), names(judged, chosen));
			for (String other : judged.keptApart().getOrDefault(chosen, List.of())) {
				int closeness = closeness(person.name(), names(judged, other));
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

	/** A node's name and aliases. */
	private static List<String> names(Judgements.Judged judged, String id) {
		Judgements.Names names = judged.nodes().get(id);
		if (names == null) {
			return List.of();
		}
		List<String> all = new ArrayList<>();
		all.add(names.name());
		all.addAll(names.aliases());
		return all;
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
