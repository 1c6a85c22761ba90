package org.majlis.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable string ids of the form {@code <kind>:<slug>} ({@code person:jurgen-stock}, {@code org:interpol},
 * {@code topic:cybercrime}): readable in explorers, and the prefix tells which label to look in. The kinds and their
 * labels are the graph model's ({@code org.majlis.model.NodeLabel}).
 */
public final class NodeIds {

	private NodeIds() {
	}

	public static String of(String kind, String slug) {
		return kind + ":" + slug;
	}

	/** The kind prefix of an id, or "" when it has none. */
	public static String kindOf(String id) {
		int colon = id == null ? -1 : id.indexOf(':');
		return colon < 0 ? "" : id.substring(0, colon);
	}

	/** Lower-case ASCII words joined by hyphens: "Jürgen Stock" becomes "jurgen-stock". */
	public static String slug(String text) {
		String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-$", "") : slug;
	}
}
