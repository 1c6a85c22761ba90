package org.majlis.ingest.extract;

/**
 * An office a person was seen holding ("الأمين العام" of INTERPOL), observed at the article's date.
 *
 * @param title the title without the organisation ("الأمين العام", "مدير", "رئيس شعبة")
 */
public record PositionMention(String title, String titleEn, String organizationRef, Evidence evidence) {
}
