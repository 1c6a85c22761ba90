package org.majlis.ingest.extract;

import java.util.List;

/**
 * An organisation.
 *
 * @param lexiconKey the key of the organisation in the lexicon when it is a known one ("interpol"), else null
 * @param name the canonical Arabic name (from the lexicon, or the fullest form in the article)
 * @param aliases short forms and other spellings, clitics removed ("الإنتربول", "الانتربول")
 * @param acronym e.g. "INTERPOL"
 * @param countryRef ref of the country the organisation belongs to, when known (for national bodies)
 * @param parentRef ref of the organisation it is part of, when stated
 * @param national a state's body ("وزارة الداخلية"): without its country it is not the same body as a namesake elsewhere
 * @param countryAssumed the country is the article's own, given for want of anything the text says of the body
 */
public record OrganizationMention(
		String ref,
		String lexiconKey,
		String name,
		String nameEn,
		List<String> aliases,
		String acronym,
		String countryRef,
		String parentRef,
		Evidence evidence,
		boolean national,
		boolean countryAssumed) {
}
