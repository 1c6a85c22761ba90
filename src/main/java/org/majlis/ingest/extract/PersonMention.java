package org.majlis.ingest.extract;

import java.util.List;

/**
 * A named person.
 *
 * @param name the name as written, without ranks or honorifics ("طارق بن حسن الحسن")
 * @param nameEn from a lexicon or a readable transliteration
 * @param aliases other spellings seen in the article
 * @param ranks ranks and honorifics seen with the name ("الفريق", "الشيخ", "الدكتور")
 */
public record PersonMention(
		String ref,
		String name,
		String nameEn,
		List<String> aliases,
		List<String> ranks,
		List<PositionMention> positions,
		Evidence evidence) {
}
