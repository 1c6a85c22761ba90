package org.majlis.ingest.extract.findings;

/**
 * An office read at tokens {@code start} to {@code end}: its title as written and in English.
 *
 * @param org the organisation of the office (named, or implied by the title), or null
 * @param country the key of the country the office is qualified by, or null
 * @param position false for titles that are no office in an organisation (an ambassador)
 */
public record Office(int start, int end, String title, String titleEn, OrgHit org, String country, boolean position) {
}
