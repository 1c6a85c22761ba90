package org.majlis.ingest.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTests {

	@Test
	void shouldDropImageFileLinesAndLonePunctuation() {
		String cleaned = TextCleaner.clean("افتتح المؤتمر أعماله اليوم.\n_IMG4411.jpeg\nphoto-2.PNG\n/\nوناقش المشاركون الجريمة المنظمة.");
		assertThat(cleaned).isEqualTo("افتتح المؤتمر أعماله اليوم.\nوناقش المشاركون الجريمة المنظمة.");
	}

	@Test
	void shouldFoldVerbatimRepeatedParagraphs() {
		String body = "وأكد المشاركون أهمية تبادل المعلومات بين الأجهزة الأمنية العربية.";
		String cleaned = TextCleaner.clean("عنوان الخبر\n" + body + "\n" + body + "\n");
		assertThat(cleaned).isEqualTo("عنوان الخبر\n" + body);
	}

	@Test
	void shouldNormaliseWhitespace() {
		assertThat(TextCleaner.clean("  شارك   الوفد\u00A0في  الاجتماع  ")).isEqualTo("شارك الوفد في الاجتماع");
	}

	@Test
	void shouldJoinAConjunctionWrittenApartToItsWord() {
		assertThat(TextCleaner.clean("التقى نظراءه في الشرطة و الأمن الداخلي و 3 وفود")).isEqualTo("التقى نظراءه في الشرطة والأمن الداخلي و 3 وفود");
		assertThat(TextCleaner.clean("و بحث الجانبان التعاون")).isEqualTo("وبحث الجانبان التعاون");
	}
}
