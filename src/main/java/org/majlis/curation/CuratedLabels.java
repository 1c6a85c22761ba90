package org.majlis.curation;

import java.util.Collection;

import org.majlis.model.NodeLabel;

/**
 * The labels whose nodes analysts merge and keep apart: the model's entity labels, the only labels that go into
 * curation Cypher, always from the model and never from input.
 */
final class CuratedLabels {

	private CuratedLabels() {
	}

	/** The label an id names by its prefix, or null for ids of other kinds (topics, articles, curations). */
	static NodeLabel ofId(String id) {
		return NodeLabel.ofId(id).filter(NodeLabel.entities()::contains).orElse(null);
	}

	/** The label named {@code Person}, {@code Organization}, {@code Place} or {@code Event}. */
	static NodeLabel ofName(String name) {
		return NodeLabel.of(name).filter(NodeLabel.entities()::contains)
			.orElseThrow(() -> new IllegalArgumentException("label must be one of "
					+ NodeLabel.entities().stream().map(NodeLabel::label).toList() + ", not " + name));
	}

	/** The one label all these ids share; a BAD_REQUEST when they name several, or a kind that is not merged. */
	static NodeLabel common(Collection<String> ids) {
		NodeLabel common = null;
		for (String id : ids) {
			NodeLabel label = ofId(id);
			if (label == null) {
				throw new IllegalArgumentException("Only people, organisations, places and events are curated, not " + id);
			}
			if (common != null && common != label) {
				throw new IllegalArgumentException("Only nodes of one label merge: " + String.join(", ", ids));
			}
			common = label;
		}
		return common;
	}
}
