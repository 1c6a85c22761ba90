package org.majlis.ingest.extract;

import org.majlis.common.PartialDate;
import org.majlis.place.PlaceKind;

/**
 * Reads when and where the main event took place: a date or date range stated with it (a range wins over a
 * single day, the dateline's own date is skipped), else the date of the lead sentence, else the dateline's; a
 * city introduced as a location in a sentence naming the event (not one that places an organisation), else the
 * dateline's place, else a country.
 */
final class EventSetting {

	record When(PartialDate start, PartialDate end) {
	}

	private EventSetting() {
	}

	static When when(EventReader.Input in, EventScope scope) {
		DateReader.DateHit first = null;
		DateReader.DateHit range = null;
		DateReader.DateHit lead = null;
		for (DateReader.DateHit date : in.dates()) {
			if (date.start().month() == null || date.startToken() < in.dateline().bodyStart() || !scope.aboutToken(in, date.startToken())) {
				continue;
			}
			if (scope.namesToken(in, date.startToken())) {
				first = first == null ? date : first;
				range = range == null && date.end() != null ? date : range;
			}
			lead = lead == null ? date : lead;
		}
		DateReader.DateHit chosen = range != null ? range : first != null ? first : lead;
		if (chosen != null) {
			return new When(chosen.start(), chosen.end());
		}
		if (in.dateline() != null && in.dateline().dateFromDateline()) {
			return new When(in.dateline().date(), null);
		}
		return new When(null, null);
	}

	/** "مدير المكتب الإقليمي للإنتربول في أبوظبي": the place closes someone's office, not the event's setting. */
	private static boolean ofOrganisation(EventReader.Input in, PlaceReader.PlaceHit p) {
		int before = in.tokens().get(p.start() - 1).is("في") ? p.start() - 1 : p.start();
		return in.actors().stream().anyMatch(a -> a.end() == before);
	}

	static String place(EventReader.Input in, EventScope scope) {
		String country = null;
		for (PlaceReader.PlaceHit p : in.places()) {
			if (scope.namesToken(in, p.start()) && PlaceReader.locative(in.tokens(), p) && !ofOrganisation(in, p)) {
				if (p.entry().kind() == PlaceKind.CITY) {
					return in.placeRefs().get(p);
				}
				country = country == null ? in.placeRefs().get(p) : country;
			}
		}
		if (in.datelineRef() != null) {
			return in.datelineRef();
		}
		return country;
	}
}
