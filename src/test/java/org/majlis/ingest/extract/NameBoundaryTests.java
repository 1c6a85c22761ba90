package org.majlis.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.ingest.extract.Extracted.read;

/** Where a person's name starts and ends, and when two forms are one person. */
class NameBoundaryTests {

	@Test
	void shouldReadTheEgyptianSpellingOfAliInsideAName() {
		Extracted x = read("حضر الاجتماع العميد سعيد بن على الكعبي مدير إدارة الأمن الجنائي.");
		assertThat(x.people()).containsExactly("سعيد بن على الكعبي");
	}

	@Test
	void shouldEndANameBeforeAnAdverb() {
		Extracted x = read("ترأس الاجتماع العميد سالم الكعبي مناصفة مع العقيد فرانك مولر.");
		assertThat(x.people()).containsExactlyInAnyOrder("سالم الكعبي", "فرانك مولر");
	}

	@Test
	void shouldMergeThePatronymicAndFamilyFormsOfOnePerson() {
		Extracted x = read("استقبل الشيخ محمد بن راشد المعلا وفد الشرطة الدولية.\nوأكد الشيخ محمد المعلا أهمية التعاون.");
		assertThat(x.people()).containsExactly("محمد بن راشد المعلا");
	}

	@Test
	void shouldNotRunANameIntoTheNextSentenceOrOffice() {
		Extracted x = read("شارك المقدم جاسم محمد البلوشي رئيس قسم التحقيقات في الورشة.");
		assertThat(x.people()).containsExactly("جاسم محمد البلوشي");
	}
}
