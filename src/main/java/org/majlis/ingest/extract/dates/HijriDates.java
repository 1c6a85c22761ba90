package org.majlis.ingest.extract.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import org.majlis.common.PartialDate;

/** Hijri dates in the Gregorian calendar, by ICU's Umm al-Qura calendar (the one Gulf news dates by). */
final class HijriDates {

	private HijriDates() {
	}

	/** The Gregorian day of a Hijri day; throws IllegalArgumentException for a day the month does not have. */
	static PartialDate toGregorian(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || day > 30) {
			throw new IllegalArgumentException("no Hijri day " + day + "/" + month + "/" + year);
		}
		IslamicCalendar calendar = new IslamicCalendar(TimeZone.GMT_ZONE);
		calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
		calendar.clear();
		calendar.set(year, month - 1, day);
		LocalDate date = Instant.ofEpochMilli(calendar.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
		return PartialDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}
}
