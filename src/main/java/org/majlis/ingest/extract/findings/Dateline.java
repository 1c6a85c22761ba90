package org.majlis.ingest.extract.findings;

import org.majlis.common.PartialDate;

/**
 * The head of an article: its dateline ("باريس في 12 يونيو/ بنا /"), the country of a news agency tagged near the
 * top, and a date standing alone on a line there.
 *
 * @param place the dateline's place, or null; {@code date} its date or the top date line, or null
 * @param dateFromDateline the date is the dateline's own, not a date line's
 * @param agencyCountry the key of the tagged news agency's country, or null
 * @param bodyStart the first token after the dateline (0 when there is none)
 */
public record Dateline(PlaceHit place, PartialDate date, boolean dateFromDateline, String agencyCountry, int bodyStart) {
}
