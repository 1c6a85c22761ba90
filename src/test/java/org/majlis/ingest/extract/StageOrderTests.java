package org.majlis.ingest.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.organizations.FindOrganizations;
import org.majlis.ingest.extract.places.FindPlaces;
import org.majlis.ingest.extract.reading.ReadText;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageOrderTests {

	private static final Lexicons LEX = new Lexicons();

	@Test
	void shouldRefuseAStageThatReadsWhatNoEarlierStageAdds() {
		assertThatThrownBy(() -> new ArticleExtractor(List.of(new ReadText(), new FindOrganizations(LEX), new FindPlaces(LEX))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("FindOrganizations reads PLACES, which no stage before it adds");
	}

	@Test
	void shouldTakeStagesThatReadOnlyWhatEarlierOnesAdd() {
		assertThatCode(() -> new ArticleExtractor(List.of(new ReadText(), new FindPlaces(LEX), new FindOrganizations(LEX))))
			.doesNotThrowAnyException();
	}
}
