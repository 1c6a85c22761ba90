package org.majlis.ingest.extract.lexicon;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;
import org.majlis.place.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The places of the gazetteer: the lexicon's and every other country by ICU4J's Arabic name. */
class GazetteerTests {

	private static final Gazetteer PLACES = new Gazetteer();

	@Test
	void shouldPlaceEveryCityInACountryOfTheGazetteer() {
		assertThat(PLACES.byKey.values()).filteredOn(p -> p.kind() != PlaceKind.COUNTRY)
			.allSatisfy(city -> assertThat(PLACES.byKey.get(city.country())).as(city.key()).isNotNull()
				.extracting(Gazetteer.Place::kind).isEqualTo(PlaceKind.COUNTRY));
	}

	@Test
	void shouldKnowCountriesFarFromTheRegionByTheirArabicName() {
		assertThat(place("وصل وفد من ألبانيا")).extracting(Gazetteer.Place::key, Gazetteer.Place::kind)
			.containsExactly("albania", PlaceKind.COUNTRY);
		assertThat(place("بمشاركة جنوب السودان")).extracting(Gazetteer.Place::key).isEqualTo("south-sudan");
		assertThat(place("وصل الوفد إلى السودان")).extracting(Gazetteer.Place::key).isEqualTo("sudan");
	}

	@Test
	void shouldNotReadACommonWordThatIsAlsoACountrysNameAsAPlace() {
		assertThat(place("قدمت الوزارة دعم مالي للمكتب")).isNull();
	}

	/** The first place the text names, or null. */
	private static Gazetteer.Place place(String text) {
		List<Token> tokens = Tokenizer.tokenize(text);
		for (int i = 0; i < tokens.size(); i++) {
			PhraseMatcher.Match<Gazetteer.Place> m = PLACES.places.at(tokens, i);
			if (m != null) {
				return m.value();
			}
		}
		return null;
	}
}
