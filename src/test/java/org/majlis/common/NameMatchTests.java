package org.majlis.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameMatchTests {

	@Test
	void shouldMatchSpellingsThatDifferOnlyInWriting() {
		assertThat(NameMatch.samePerson("علي عبد الله الجودر", "علي عبدالله الجودر")).isTrue();
		assertThat(NameMatch.samePerson("يورغن شتوك", "يورجن شتوك")).isTrue();
		assertThat(NameMatch.samePerson("أحمد ناصر الريسي", "احمد ناصر الريسى")).isTrue();
	}

	@Test
	void shouldMatchAFullerFormOfTheSameName() {
		assertThat(NameMatch.samePerson("طارق بن حسن الحسن", "طارق الحسن")).isTrue();
		assertThat(NameMatch.samePerson("راشد بن عبد الله آل خليفة", "راشد عبدالله ال خليفة")).isTrue();
	}

	@Test
	void shouldMatchALongWordSpelledWithOrWithoutALongVowel() {
		assertThat(NameMatch.samePerson("عبد الغني هامل", "عبد الغاني هامل")).isTrue();
		assertThat(NameMatch.samePerson("سعيد بن عبدالرحمن القحطاني", "سعيد عبد الرحمان القحطاني")).isTrue();
		assertThat(NameMatch.samePerson("يورغن شتوك", "يورغن شتووك")).isFalse();
		assertThat(NameMatch.samePerson("عبد الغني هامل", "عبد الغاني هاميل")).isFalse();
	}

	@Test
	void shouldKeepDifferentPeopleApart() {
		assertThat(NameMatch.samePerson("محمد خالد العبسي", "محمود خالد العبسي")).isFalse();
		assertThat(NameMatch.samePerson("خالد العبسي", "محمد خالد العبسي")).isFalse();
		assertThat(NameMatch.samePerson("العبسي", "محمد العبسي")).isFalse();
	}

	@Test
	void shouldFindNamesOneSlipOfThePenApart() {
		assertThat(NameMatch.oneSlipApart("محمد بن علي كومان", "حمد بن علي كومان")).isTrue();
		assertThat(NameMatch.oneSlipApart("سالم راشد الكعبي", "سالم راشد الكعبى")).isFalse();
		assertThat(NameMatch.oneSlipApart("سالم راشد الكعبي", "سالم راشد الكعبري")).isTrue();
		assertThat(NameMatch.oneSlipApart("سالم راشد الكعبي", "سالم راشد الكعيي")).isTrue();
		assertThat(NameMatch.oneSlipApart("حمد علي كومان", "محمد سعيد كومان")).isFalse();
		assertThat(NameMatch.oneSlipApart("حمد كومان", "محمد كومان")).isFalse();
		assertThat(NameMatch.oneSlipApart("علي بن سالم الكعبي", "علي بن سالم الكعبي")).isFalse();
	}

	@Test
	void shouldFindTheShortFormsWritersUseForSomeoneKnown() {
		assertThat(NameMatch.shortForm("سلطان اليعقوب", "سلطان يعقوب حمد الفارس")).isTrue();
		assertThat(NameMatch.shortForm("ماجد عيسى", "ماجد عيسى الزعابي")).isTrue();
		assertThat(NameMatch.shortForm("عبدالرحمن آل مطلق", "عبد الرحمن بن مطلق بن سالم")).isTrue();
		assertThat(NameMatch.shortForm("عبد الكريم بن فارس السديري", "عبد الكريمالسديري")).isTrue();
	}

	@Test
	void shouldNotTakeAnotherGivenNameOrAnUnknownWordForAShortForm() {
		assertThat(NameMatch.shortForm("عيسى الزعابي", "ماجد عيسى الزعابي")).isFalse();
		assertThat(NameMatch.shortForm("ماجد الكتبي", "ماجد عيسى الزعابي")).isFalse();
		assertThat(NameMatch.shortForm("ماجد", "ماجد عيسى الزعابي")).isFalse();
		assertThat(NameMatch.shortForm("عبد الكريم بن فارس السديري", "عبد الكريمالعتيبي")).isFalse();
	}
}
