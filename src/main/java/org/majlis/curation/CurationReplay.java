package org.majlis.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.model.NodeLabel;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one exported curation to this store, with its own id, author, time and note. A merge folds the nodes that
 * exist here and are not merged yet; a retraction and a keep-apart are remembered even when their fact or nodes are
 * not here (yet), so that articles ingested afterwards obey them as they would have in the store they came from.
 */
@Component
class CurationReplay {

	private final NodeMerge merge;
	private final FactRetraction retraction;
	private final KeptApartPairs keptApart;
	private final Redirects redirects;
	private final CurationLog log;

	CurationReplay(NodeMerge merge, FactRetraction retraction, KeptApartPairs keptApart, Redirects redirects, CurationLog log) {
		this.merge = merge;
		this.retraction = retraction;
		this.keptApart = keptApart;
		this.redirects = redirects;
		this.log = log;
	}

	/** Applies the curation; answers null when applied, else why it was skipped. */
	@Transactional
	String apply(Curation c) {
		if (log.exists(c.id())) {
			return "applied already";
		}
		if (c.subjects().size() < 2) {
			return "it names fewer than two nodes";
		}
		String at = c.at() == null ? null : c.at().toString();
		switch (c.action()) {
			case Curation.MERGE -> {
				String survivor = redirects.survivors(List.of(c.subjects().getFirst())).getOrDefault(c.subjects().getFirst(), c.subjects().getFirst());
				NodeLabel label = CuratedLabels.common(c.subjects());
				Map<String, String> merged = redirects.survivors(c.subjects());
				Set<String> existing = merge.existing(label, c.subjects());
				if (!existing.contains(survivor)) {
					return "no node " + survivor + " here";
				}
				List<String> subjects = new ArrayList<>(List.of(survivor));
				c.subjects().stream().skip(1).filter(existing::contains).filter(id -> !merged.containsKey(id) && !id.equals(survivor))
					.forEach(subjects::add);
				if (subjects.size() < 2) {
					return "nothing here left to merge into " + survivor;
				}
				merge.check(survivor, subjects.subList(1, subjects.size()));
				log.record(c.id(), c.action(), c.subjects(), c.note(), c.by(), at, c.detail());
				merge.merge(subjects, c.id());
			}
			case Curation.RETRACT -> {
				RetractFactInput input = retraction(c);
				log.record(c.id(), c.action(), c.subjects(), c.note(), c.by(), at, c.detail());
				retraction.retract(input, c.id());
			}
			case Curation.KEEP_APART -> {
				if (!keptApart.among(c.subjects()).isEmpty()) {
					return "kept apart already";
				}
				log.record(c.id(), c.action(), c.subjects(), c.note(), c.by(), at, c.detail());
				keptApart.record(c.subjects().get(0), c.subjects().get(1), c.id());
			}
			default -> {
				return "unknown action " + c.action();
			}
		}
		return null;
	}

	/** The fact of a retraction from its detail ({@code ATTENDED}, {@code HOLDS_POSITION رئيس}) and subjects. */
	private static RetractFactInput retraction(Curation c) {
		String detail = c.detail() == null ? "" : c.detail().strip();
		int space = detail.indexOf(' ');
		String type = space < 0 ? detail : detail.substring(0, space);
		String title = space < 0 ? null : detail.substring(space + 1);
		try {
			return new RetractFactInput(FactType.valueOf(type), c.subjects().get(0), c.subjects().get(1), title, c.note());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Curation " + c.id() + " does not name a fact type: " + detail, ex);
		}
	}
}
