package org.majlis.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicTextTests {

	@Test
	void shouldFoldHamzaFormsOfAlef() {
		assertThat(ArabicText.key("الإنتربول")).isEqualTo(ArabicText.key("الانتربول")).isEqualTo(ArabicText.key("الأنتربول"));
	}

	@Test
	void shouldFoldAlefMaqsuraTaMarbutaDiacriticsAndTatweel() {
		assertThat(ArabicText.key("مُنَظَّمَة")).isEqualTo(ArabicText.key("منظمه"));
		assertThat(ArabicText.key("مصطفى")).isEqualTo(ArabicText.key("مصطفي"));
		assertThat(ArabicText.key("الشـــرطة")).isEqualTo(ArabicText.key("الشرطة"));
	}

	@Test
	void shouldReadArabicIndicDigitsAsAscii() {
		assertThat(ArabicText.key("الدورة ٩٣")).isEqualTo("الدوره 93");
	}

	@Test
	void shouldJoinAbdWithTheNameItBelongsTo() {
		assertThat(ArabicText.key("علي عبد الله الجودر")).isEqualTo(ArabicText.key("علي عبدالله الجودر"));
	}

	@Test
	void shouldLowerCaseLatinAndDropPunctuation() {
		assertThat(ArabicText.key("“INTERPOL”")).isEqualTo("interpol");
	}

	@Test
	void shouldStripCliticsButKeepShortWords() {
		assertThat(ArabicText.stripClitics(ArabicText.fold("للإنتربول"))).isEqualTo("انتربول");
		assertThat(ArabicText.stripClitics(ArabicText.fold("بالمنظمة"))).isEqualTo("منظمه");
		assertThat(ArabicText.stripClitics("ولي")).isEqualTo("ولي");
	}

	@Test
	void shouldTellArabicFromOtherText() {
		assertThat(ArabicText.hasArabic("INTERPOL الإنتربول")).isTrue();
		assertThat(ArabicText.hasArabic("INTERPOL 2025")).isFalse();
	}
}
