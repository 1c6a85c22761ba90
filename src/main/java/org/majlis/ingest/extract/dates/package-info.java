/**
 * The article's dateline and the dates it names: {@link org.majlis.ingest.extract.dates.ReadDateline} and
 * {@link org.majlis.ingest.extract.dates.FindDates}, both reading dates with {@code DateReader} (Hijri dates through
 * {@code HijriDates}).
 */
package org.majlis.ingest.extract.dates;
