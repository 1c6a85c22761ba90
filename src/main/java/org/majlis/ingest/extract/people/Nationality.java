package org.majlis.ingest.extract.people;

import java.util.List;
import java.util.Set;

import org.majlis.ingest.extract.lexicon.Gazetteer;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.Token;
import org.majlis.place.PlaceKind;

/**
 * The country an adjective of nationality names: one of {@code nisbas.tsv}, else one built on the name of a country of
 * the gazetteer ("الرواندي" of "رواندا", "الأذربيجانية" of "أذربيجان", "السنغافوري" of "سنغافورة", "اللبناني" of
 * "لبنان", "العراقي" of "العراق", "الكيني" of "كينيا"); "المالي" is left to the list, being mostly "financial".
 */
final class Nationality {

	private static final int MIN_STEM = 3;
	/** Stems whose adjective is mostly no nationality: "المالي" (financial). */
	private static final Set<String> AMBIGUOUS = Set.of("مال");
	private static final String[] ENDINGS = { "", "ا", "ه", "يا" };

	private final Lexicons lex;

	Nationality(Lexicons lex) {
		this.lex = lex;
	}

	/** The key of the country, or null. */
	String of(Token token) {
		if (!token.word()) {
			return null;
		}
		String listed = lex.places.nisba(token);
		if (listed != null) {
			return listed;
		}
		for (String form : token.forms()) {
			String country = derived(form);
			if (country != null) {
				return country;
			}
		}
		return null;
	}

	private String derived(String form) {
		if (!form.startsWith("ال")) {
			return null;
		}
		String word = form.substring(2);
		String stem = word.endsWith("يه") ? word.substring(0, word.length() - 2) : word.endsWith("ي") ? word.substring(0, word.length() - 1) : null;
		if (stem == null || stem.length() < MIN_STEM || AMBIGUOUS.contains(stem)) {
			return null;
		}
		for (String ending : ENDINGS) {
			for (String candidate : List.of(stem + ending, "ال" + stem + ending)) {
				for (Gazetteer.Place place : lex.places.bySpelling.getOrDefault(candidate, List.of())) {
					if (place.kind() == PlaceKind.COUNTRY) {
						return place.key();
					}
				}
			}
		}
		return null;
	}
}
