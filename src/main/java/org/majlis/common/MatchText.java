package org.majlis.common;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code matchText} property of a node: every name, alias, English name and acronym in the normalised
 * form of {@link ArabicText#key(String)}, each between "|" delimiters ({@code |الانتربول|interpol|}), so that
 * a text index answers both word look-ups ({@code CONTAINS 'انتربول'}) and exact ones ({@code CONTAINS '|interpol|'}).
 */
public final class MatchText {

	private MatchText() {
	}

	public static String of(String name, Collection<String> aliases, String nameEn, String acronym) {
		Set<String> keys = new LinkedHashSet<>();
		add(keys, name);
		if (aliases != null) {
			aliases.forEach(alias -> add(keys, alias));
		}
		add(keys, nameEn);
		add(keys, acronym);
		return keys.isEmpty() ? "|" : "|" + String.join("|", keys) + "|";
	}

	/** The exact-match probe for one name: {@code |key|}. */
	public static String exact(String name) {
		return "|" + ArabicText.key(name) + "|";
	}

	private static void add(Set<String> keys, String value) {
		String key = ArabicText.key(value);
		if (!key.isEmpty()) {
			keys.add(key);
		}
	}
}
