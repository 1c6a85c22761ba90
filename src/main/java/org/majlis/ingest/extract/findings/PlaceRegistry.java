package org.majlis.ingest.extract.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.majlis.ingest.extract.Evidence;
import org.majlis.ingest.extract.PlaceMention;
import org.majlis.ingest.extract.lexicon.Gazetteer;
import org.majlis.ingest.extract.text.Tokenizer;
import org.majlis.place.PlaceKind;

/** One mention per place of an article: a city brings its country along, a venue the country it lies in. */
public final class PlaceRegistry {

	private static final class Entry {
		final String ref;
		final Gazetteer.Place place;
		final String venue;
		final Evidence evidence;
		String countryKey;
		int count;

		Entry(String ref, Gazetteer.Place place, String venue, Evidence evidence) {
			this.ref = ref;
			this.place = place;
			this.venue = venue;
			this.evidence = evidence;
		}
	}

	private final Gazetteer gazetteer;
	private final Map<String, Entry> byKey = new LinkedHashMap<>();

	public PlaceRegistry(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/** Adds a place of the gazetteer, or a venue in {@code venueCountry} (a key, may be null), and returns its ref. */
	public String add(PlaceHit hit, String venueCountry, Evidence evidence) {
		if (hit.entry() == null) {
			String key = "venue:" + String.join(" ", Tokenizer.words(hit.venue()));
			Entry e = byKey.computeIfAbsent(key, k -> new Entry(ref(), null, hit.venue(), evidence));
			if (venueCountry != null && e.countryKey == null) {
				e.countryKey = venueCountry;
				addCountry(venueCountry, evidence.withConfidence(0.7));
			}
			e.count++;
			return e.ref;
		}
		Gazetteer.Place place = hit.entry();
		Entry e = byKey.computeIfAbsent(place.key(), k -> new Entry(ref(), place, null, evidence));
		if (place.kind() != PlaceKind.COUNTRY && !place.country().isEmpty()) {
			e.countryKey = place.country();
			addCountry(place.country(), evidence.withConfidence(0.7));
		}
		e.count++;
		return e.ref;
	}

	private String ref() {
		return "l" + (byKey.size() + 1);
	}

	/** Adds the country of the gazetteer key (when not mentioned yet) and returns its ref, or null for an unknown key. */
	String addCountry(String key, Evidence evidence) {
		if (key == null) {
			return null;
		}
		Gazetteer.Place country = gazetteer.byKey.get(key);
		if (country == null) {
			return null;
		}
		return byKey.computeIfAbsent(key, k -> new Entry(ref(), country, null, evidence)).ref;
	}

	/** The name of the place or venue of this ref, or null. */
	public String name(String ref) {
		return byKey.values().stream().filter(e -> e.ref.equals(ref)).map(e -> e.place == null ? e.venue : e.place.name()).findFirst()
			.orElse(null);
	}

	public List<PlaceMention> mentions() {
		List<PlaceMention> out = new ArrayList<>();
		for (Entry e : byKey.values()) {
			String countryRef = e.countryKey != null && byKey.containsKey(e.countryKey) ? byKey.get(e.countryKey).ref : null;
			if (e.place == null) {
				out.add(new PlaceMention(e.ref, null, e.venue, null, List.of(), PlaceKind.VENUE, countryRef, e.evidence));
			}
			else {
				out.add(new PlaceMention(e.ref, e.place.key(), e.place.name(), e.place.nameEn(), e.place.aliases(), e.place.kind(), countryRef,
						e.evidence));
			}
		}
		return out;
	}
}
