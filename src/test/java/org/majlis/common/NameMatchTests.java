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
}
