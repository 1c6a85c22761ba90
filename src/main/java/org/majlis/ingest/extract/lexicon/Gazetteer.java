package org.majlis.ingest.extract.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

import org.majlis.common.LexiconTable;
import org.majlis.common.NameMatch;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;
import org.majlis.place.PlaceKind;

/**
 * Places ({@code lexicon/places.tsv}: countries with their capitals, cities with their country), adjectives of
 * nationality ({@code nisbas.tsv}), the nouns that introduce a place ({@code place-nouns.tsv}) and a venue
 * ({@code venue-nouns.tsv}), regions of the world ({@code regions.tsv}), words that tell a country without naming it ({@code country-cues.tsv}) and
 * senior officials whose country a reader knows ({@code officials.tsv}).
 */
public final class Gazetteer {

	public record Place(String key, String name, List<String> aliases, String nameEn, PlaceKind kind, String country, String capital) {
	}

	public final PhraseMatcher<Place> places = new PhraseMatcher<>(false);
	public final Map<String, Place> byKey = new HashMap<>();
	/** Places by folded spelling; more than one where spellings differ only in diacritics ("عمان" and "عمّان"). */
	public final Map<String, List<Place>> bySpelling = new HashMap<>();
	/** Adjectives of nationality ("الإيطالية", "السعودي") by folded form, with their country's key. */
	private final Map<String, String> nisbas = new HashMap<>();
	final PhraseMatcher<String> placeNouns = new PhraseMatcher<>(false);
	public final PhraseMatcher<Boolean> venueNouns = new PhraseMatcher<>(false);
	/** Ruling families' names, with their country's key ({@code country-cues.tsv}). */
	public final PhraseMatcher<String> families = new PhraseMatcher<>(false);
	/** Words of representing a country ("يمثل"). */
	public final PhraseMatcher<Boolean> represents = new PhraseMatcher<>(false);
	/** Regions of the world ({@code regions.tsv}): they end a regional office's name, and are no places of the graph. */
	public final PhraseMatcher<Boolean> regions = new PhraseMatcher<>(false);
	/** Words for a delegation, whose country follows ("وفد دولة قطر", "الوفد السعودي"). */
	public final PhraseMatcher<Boolean> delegations = new PhraseMatcher<>(false);
	/** Senior officials whose country a reader knows ({@code officials.tsv}): their names' skeletons, with the country. */
	private final List<Map.Entry<List<String>, String>> officials = new ArrayList<>();

	Gazetteer() {
		for (LexiconTable.Row row : LexiconTable.load("places").rows()) {
			Place place = new Place(row.get("key"), row.get("arabic"), row.list("aliases"), row.get("english"),
					PlaceKind.valueOf(row.get("kind")), row.get("country"), row.get("capital"));
			byKey.put(place.key(), place);
			List<String> spellings = new ArrayList<>(place.aliases());
			spellings.add(0, place.name());
			for (String spelling : spellings) {
				places.add(spelling, place);
				List<Place> same = bySpelling.computeIfAbsent(String.join(" ", Tokenizer.words(spelling)), k -> new ArrayList<>());
				if (!same.contains(place)) {
					same.add(place);
				}
			}
			places.add(place.nameEn(), place);
		}
		addRegionsFromIcu();
		for (LexiconTable.Row row : LexiconTable.load("nisbas").rows()) {
			nisbas.put(Tokenizer.words(row.get("adjective")).get(0), row.get("country"));
		}
		for (LexiconTable.Row row : LexiconTable.load("place-nouns").rows()) {
			placeNouns.add(row.get("noun"), row.get("kind"));
		}
		for (LexiconTable.Row row : LexiconTable.load("venue-nouns").rows()) {
			venueNouns.add(row.get("noun"), Boolean.TRUE);
		}
		for (LexiconTable.Row row : LexiconTable.load("regions").rows()) {
			regions.add(row.get("region"), Boolean.TRUE);
		}
		for (LexiconTable.Row row : LexiconTable.load("country-cues").rows()) {
			if (row.is("kind", "FAMILY")) {
				families.add(row.get("cue"), row.get("country"));
			}
			else if (row.is("kind", "DELEGATION")) {
				delegations.add(row.get("cue"), Boolean.TRUE);
			}
			else {
				represents.add(row.get("cue"), Boolean.TRUE);
			}
		}
		for (LexiconTable.Row row : LexiconTable.load("officials").rows()) {
			officials.add(Map.entry(NameMatch.skeletons(row.get("name")), row.get("country")));
		}
	}

	/**
	 * The country of a senior official the name may be ({@code officials.tsv}): the same name as people's names are,
	 * or a name that goes on after the official's whole name ("محمد بن نايف بن عبدالعزيز"); null when it is no one's there.
	 */
	public String officialCountry(String name) {
		List<String> skeletons = NameMatch.skeletons(name);
		for (Map.Entry<List<String>, String> official : officials) {
			List<String> known = official.getKey();
			boolean continued = skeletons.size() > known.size() && skeletons.subList(0, known.size()).equals(known);
			if (continued || NameMatch.sameSkeletons(known, skeletons)) {
				return official.getValue();
			}
		}
		return null;
	}

	/**
	 * Every country places.tsv lacks, by its Arabic name in ICU4J's locale data (the Unicode licence), so that a country
	 * far from the region is a place too ("بمشاركة وفود من ألبانيا وغانا"); its key is its English name's. Regions in
	 * {@code regions-skipped.tsv} are left out.
	 */
	private void addRegionsFromIcu() {
		java.util.Set<String> skipped = new java.util.HashSet<>();
		LexiconTable.load("regions-skipped").rows().forEach(row -> skipped.add(row.get("code")));
		LocaleDisplayNames arabic = LocaleDisplayNames.getInstance(new ULocale("ar"));
		LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
		for (String code : ULocale.getISOCountries()) {
			String name = arabic.regionDisplayName(code);
			String nameEn = english.regionDisplayName(code);
			String key = nameEn.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
			String spelling = name == null ? "" : String.join(" ", Tokenizer.words(name));
			if (skipped.contains(code) || spelling.isEmpty() || name.equals(code) || byKey.containsKey(key) || bySpelling.containsKey(spelling)) {
				continue;
			}
			Place place = new Place(key, name, List.of(), nameEn, PlaceKind.COUNTRY, "", "");
			byKey.put(key, place);
			places.add(name, place);
			places.add(nameEn, place);
			bySpelling.put(spelling, new ArrayList<>(List.of(place)));
		}
	}

	/** The country key of an adjective of nationality ("السعودي", "والتونسي", "الإيطالى"), or null. */
	public String nisba(Token token) {
		if (!token.word()) {
			return null;
		}
		for (String form : token.forms()) {
			String country = nisbas.get(form);
			if (country != null) {
				return country;
			}
		}
		return null;
	}

	/** The kind of place noun at token i ("city", "capital", "state", "region"), or null. */
	/** "المملكة", "الدولة", "البلاد": a word that stands for a state, alone or before its name. */
	public boolean stateWord(Token token) {
		PhraseMatcher.Match<String> m = placeNouns.at(List.of(token), 0);
		return m != null && (m.value().equals("state") || m.value().equals("self"));
	}

	/** The place noun at token i, with the form it was read in ("بالعاصمة" as "العاصمه"), or null. */
	public PhraseMatcher.Match<String> placeNounAt(List<Token> tokens, int i) {
		return placeNouns.at(tokens, i);
	}

	public String placeNoun(List<Token> tokens, int i) {
		PhraseMatcher.Match<String> m = placeNouns.at(tokens, i);
		return m == null ? null : m.value();
	}
}
