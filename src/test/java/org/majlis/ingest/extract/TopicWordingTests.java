package org.majlis.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.ingest.extract.Extracted.read;

/** Topics from the wordings of the genre, never from a keyword inside a body's name. */
class TopicWordingTests {

	@Test
	void shouldReadOtherWordingsOfATopic() {
		Extracted x = read("ناقش الاجتماع الإقليمي سبل مكافحة الجريمة العابرة للأوطان وتعزيز الأمن الإلكتروني.");
		assertThat(x.topics(x.event())).contains("transnational-crime", "cybercrime");
	}

	@Test
	void shouldNotReadATopicFromABodysName() {
		Extracted x = read("شارك ممثل مكتب الأمم المتحدة المعني بالمخدرات والجريمة في اجتماع عن التدريب الشرطي.");
		assertThat(x.topics(x.event())).doesNotContain("drug-trafficking");
	}

	@Test
	void shouldReadTheSecurityOfAWorldCupAsTheSecurityOfMajorEvents() {
		Extracted x = read("وتناول الاجتماع الأمني المشترك الاستعدادات الأمنية لكأس العالم وتأمين التظاهرات الرياضية الكبرى.");
		assertThat(x.topics(x.event())).contains("major-events-security");
	}
}
