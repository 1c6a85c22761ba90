package org.majlis.store;

import java.util.Collection;
import java.util.List;

/**
 * What one write did that can change the countries events are held in: the events given a new {@code HELD_IN} place
 * and the places given a new {@code IN_COUNTRY}, as element ids of the write's transaction. A relationship the write
 * found in place already changes nothing, so it is in neither.
 */
public record CountryChanges(Collection<String> eventsGivenAPlace, Collection<String> placesGivenACountry) {

	public static final CountryChanges NONE = new CountryChanges(List.of(), List.of());

	public CountryChanges {
		eventsGivenAPlace = List.copyOf(eventsGivenAPlace);
		placesGivenACountry = List.copyOf(placesGivenACountry);
	}
}
