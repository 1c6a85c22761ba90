package org.majlis.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.ingest.extract.Extracted.read;

/** Where an organisation's name starts and ends: titles, lists, brackets, prepositions, common noun phrases. */
class OrganizationNameTests {

	@Test
	void shouldFindABodyNamedOnlyInsideATitle() {
		Extracted x = read("شارك العميد سالم علي الحارثي مقرر الهيئة الوطنية لأمن الحدود بسلطنة عمان في الاجتماع.");
		OrganizationMention body = x.organization("الهيئة الوطنية لأمن الحدود");
		assertThat(x.countryOf(body)).isEqualTo("oman");
	}

	@Test
	void shouldFindEveryBodyOfAParticipantsList() {
		Extracted x = read("ويشارك في الدورة معهد التدريب الإقليمي والمديرية العامة للهجرة بإسبانيا.");
		assertThat(x.organizations()).contains("معهد التدريب الإقليمي", "المديرية العامة للهجرة");
	}

	@Test
	void shouldKeepAGlossInBracketsWithItsBody() {
		Extracted x = read("شارك الوفد في اجتماع الوكالة الإقليمية للأمن البحري (ريماس) في جيبوتي.");
		assertThat(x.organizations()).containsExactly("الوكالة الإقليمية للأمن البحري");
	}

	@Test
	void shouldNotEndANameAtAPrepositionBeforeABracket() {
		Extracted x = read("نظم المكتب الإقليمي لـ (اليونيسف) ورشة عمل عن حماية الأطفال في عمّان.");
		assertThat(x.organizations()).noneMatch(name -> name.endsWith("لـ") || name.endsWith(" ل"));
	}

	@Test
	void shouldNotTakeACommonNounPhraseForABody() {
		Extracted x = read("وتعد الوكالة هيئة استشارية لدى الاتحاد في مجال مكافحة الجريمة.");
		assertThat(x.organizations()).doesNotContain("هيئة استشارية");
	}
}
