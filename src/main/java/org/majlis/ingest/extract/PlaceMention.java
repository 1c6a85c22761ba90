package org.majlis.ingest.extract;

import java.util.List;

import org.majlis.place.PlaceKind;

/**
 * A country, city, region or venue.
 *
 * @param lexiconKey the place's key in the gazetteer ("morocco", "marrakech"), else null
 * @param countryRef ref of the country a city or venue lies in
 */
public record PlaceMention(
		String ref,
		String lexiconKey,
		String name,
		String nameEn,
		List<String> aliases,
		PlaceKind kind,
		String countryRef,
		Evidence evidence) {
}
