package org.majlis.ingest.extract.findings;

import org.majlis.common.PartialDate;

/**
 * A date or a range of dates read at tokens {@code startToken} to {@code endToken}.
 *
 * @param end the last day of a range, or null
 * @param relative counted from the article's date ("أمس", "الخميس", "الجاري")
 * @param hijri the text gave it in the Hijri calendar (a Gregorian equivalent written next to it is better)
 * @param yearOnly "عام 2018": a year and nothing else
 */
public record DateHit(PartialDate start, PartialDate end, int startToken, int endToken, boolean relative, boolean hijri, boolean yearOnly) {
}
