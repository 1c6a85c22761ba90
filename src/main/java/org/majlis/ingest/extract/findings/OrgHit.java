package org.majlis.ingest.extract.findings;

import java.util.List;

import org.majlis.common.ArabicText;
import org.majlis.ingest.extract.lexicon.OrganizationLexicon;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * A mention of an organisation at tokens {@code start} to {@code end}: a known one, a name built on a head noun,
 * or a bare head that repeats one named before (an anaphora, resolved when entities are grouped).
 *
 * @param entry the known organisation, or null
 * @param surface the name as written, without the clitic of the first word and without a country phrase or gloss
 * @param bare the name without its adjective of nationality ("وزارة الداخلية" of "وزارة الداخلية الإيطالية")
 * @param contextual a generic national name ("الأمن العام") that counts only as the organisation of a title
 * @param headForm the folded form of its first word, without its clitic
 * @param national a state's body rather than an international one
 * @param level ministry, body or unit (see {@link OrganizationLexicon.Head}), or "" for known organisations
 * @param country the key of the country the name states, or null
 * @param gloss a short form or acronym given in brackets, or null
 * @param parent the index (in the article's list) of the organisation this one is part of, or -1
 */
public record OrgHit(int start, int end, OrganizationLexicon.Entry entry, String surface, String bare, Kind kind, boolean contextual,
		String headForm, boolean national, String level, String country, String gloss, int parent) {

	/** A known organisation, a name on a head noun, or a bare head that repeats one. */
	public enum Kind {
		KNOWN, HEAD, ANAPHORA
	}

	public OrgHit withParent(int index) {
		return new OrgHit(start, end, entry, surface, bare, kind, contextual, headForm, national, level, country, gloss, index);
	}

	/** The first word of a name, folded and without clitics: the head a bare mention repeats. */
	public static String bareFirst(String phrase) {
		List<String> words = Tokenizer.words(phrase);
		return words.isEmpty() ? "" : ArabicText.stripClitics(words.get(0));
	}
}
