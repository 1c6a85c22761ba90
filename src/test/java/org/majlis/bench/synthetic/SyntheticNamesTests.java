package org.majlis.bench.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.majlis.bench.synthetic.SyntheticNames.Name;

import static org.assertj.core.api.Assertions.assertThat;

/** The names of lexicon/synthetic-names.tsv as the generators use them: a row moved there changes the graph. */
class SyntheticNamesTests {

	@Test
	void shouldNameThePeopleOfTheGraphAsBeforeAndEveryOneDifferently() {
		assertThat(SyntheticNames.person(0)).isEqualTo(new Name("أحمد إياد الهاشمي", "Ahmed Iyad Al Hashimi"));
		assertThat(SyntheticNames.person(1)).isEqualTo(new Name("حسن ناصر القحطاني", "Hassan Naser Al Qahtani"));
		Set<String> names = new HashSet<>();
		IntStream.range(0, 200_000).forEach(i -> names.add(SyntheticNames.person(i).arabic()));
		assertThat(names).as("SF20's people").hasSize(200_000);
	}

	@Test
	void shouldNameEveryCityDifferently() {
		assertThat(SyntheticNames.city(0)).isEqualTo(new Name("مراكش", "Marakesh"));
		assertThat(SyntheticNames.city(400)).isEqualTo(new Name("مرية الجديدة", "New Mariya"));
		assertThat(IntStream.range(0, 2_560).mapToObj(i -> SyntheticNames.city(i).arabic()).distinct()).hasSize(2_560);
	}

	@Test
	void shouldGiveEveryListItsRowsWithBothForms() {
		assertThat(SyntheticNames.COUNTRIES).hasSize(60).allSatisfy(SyntheticNamesTests::hasBothForms);
		assertThat(SyntheticNames.INTERNATIONAL).hasSize(10).allSatisfy(SyntheticNamesTests::hasBothForms);
		assertThat(SyntheticNames.ACRONYMS).hasSameSizeAs(SyntheticNames.INTERNATIONAL).startsWith("INTERPOL");
		assertThat(SyntheticNames.BODIES).hasSize(35).first().isEqualTo(new Name("وزارة الداخلية", "Ministry of Interior"));
		assertThat(SyntheticNames.TITLES).hasSize(12).allSatisfy(SyntheticNamesTests::hasBothForms);
		assertThat(SyntheticNames.RANKS).hasSize(7);
	}

	@Test
	void shouldDrawDistinctOfficialsWithAnOfficeInOneOfTheOrganisations() {
		var officials = SyntheticNames.officials(300, new Random(1), List.of("المنظمة الدولية للشرطة الجنائية"));
		assertThat(officials).hasSize(300).allSatisfy(official -> {
			assertThat(official.given()).isNotEqualTo(official.father());
			assertThat(official.office()).matches(".+ (المنظمة|للمنظمة) الدولية للشرطة الجنائية");
		});
		assertThat(officials.stream().map(o -> o.given() + " " + o.family()).distinct()).hasSize(300);
	}

	private static void hasBothForms(Name name) {
		assertThat(name.arabic()).isNotBlank().doesNotContainPattern("[A-Za-z]");
		assertThat(name.english()).isNotBlank().doesNotContainPattern("\\p{IsArabic}");
	}
}
