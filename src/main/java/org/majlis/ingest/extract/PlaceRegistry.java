package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.majlis.place.PlaceKind;

/** One mention per gazetteer place of an article; a city brings its country along. */
final class PlaceRegistry {

	private static final class Entry {
		final String ref;
		final Lexicons.PlaceEntry place;
		final Evidence evidence;
		int count;

		Entry(String ref, Lexicons.PlaceEntry place, Evidence evidence) {
			this.ref = ref;
			this.place = place;
			this.evidence = evidence;
		}
	}

	private final Lexicons lex;
	private final Map<String, Entry> byKey = new LinkedHashMap<>();

	PlaceRegistry(Lexicons lex) {
		this.lex = lex;
	}

	String add(Lexicons.PlaceEntry place, Evidence evidence) {
		Entry e = byKey.computeIfAbsent(place.key(), k -> new Entry("l" + (byKey.size() + 1), place, evidence));
		if (place.kind() == PlaceKind.CITY && !place.country().isEmpty()) {
			addCountry(place.country(), new Evidence(evidence.quote(), evidence.start(), evidence.end(), 0.7));
			byKey.get(place.country()).count++;
		}
		else {
			e.count++;
		}
		return e.ref;
	}

	/** Adds the country of the gazetteer key (when not mentioned yet) and returns its ref. */
	String addCountry(String key, Evidence evidence) {
		Lexicons.PlaceEntry country = lex.placesByKey.get(key);
		if (country == null) {
			return null;
		}
		return byKey.computeIfAbsent(key, k -> new Entry("l" + (byKey.size() + 1), country, evidence)).ref;
	}

	/** The country the article is about: mentioned at least twice and more than any other, or the only one. */
	String mainCountry() {
		List<Entry> countries = byKey.values().stream().filter(e -> e.place.kind() == PlaceKind.COUNTRY).toList();
		Entry best = null;
		boolean tie = false;
		for (Entry e : countries) {
			if (best == null || e.count > best.count) {
				best = e;
				tie = false;
			}
			else if (e.count == best.count) {
				tie = true;
			}
		}
		if (best == null || tie || (countries.size() > 1 && best.count < 2)) {
			return null;
		}
		return best.ref;
	}

	List<PlaceMention> mentions() {
		List<PlaceMention> out = new ArrayList<>();
		for (Entry e : byKey.values()) {
			String countryRef = null;
			if (e.place.kind() == PlaceKind.CITY && byKey.containsKey(e.place.country())) {
				countryRef = byKey.get(e.place.country()).ref;
			}
			out.add(new PlaceMention(e.ref, e.place.key(), e.place.name(), e.place.nameEn(), e.place.aliases(), e.place.kind(), countryRef, e.evidence));
		}
		return out;
	}
}
