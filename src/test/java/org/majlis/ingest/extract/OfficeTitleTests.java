package org.majlis.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.ingest.extract.Extracted.read;

/** Chained, rare and feminine titles, each with the body it is held in. */
class OfficeTitleTests {

	@Test
	void shouldReadBothOfficesOfAChainedTitle() {
		Extracted x = read("استقبل النائب الأول لرئيس مجلس الوزراء وزير الداخلية العماني الشيخ حمد سعيد الهنائي وفد الإنتربول.");
		assertThat(x.offices("حمد سعيد الهنائي")).containsExactlyInAnyOrder("النائب الأول لرئيس مجلس الوزراء @ مجلس الوزراء",
				"وزير الداخلية @ وزارة الداخلية");
		OrganizationMention ministry = x.organization("وزارة الداخلية");
		assertThat(x.countryOf(ministry)).isEqualTo("oman");
	}

	@Test
	void shouldReadRareTitles() {
		assertThat(read("حضر الاجتماع العقيد حيدر كاظم الموسوي آمر كلية الشرطة.").offices("حيدر كاظم الموسوي"))
			.containsExactly("آمر @ كلية الشرطة");
		assertThat(read("حضر الاجتماع العميد سالم علي الحارثي مقرر الهيئة العليا لأمن الحدود.").offices("سالم علي الحارثي"))
			.containsExactly("مقرر @ الهيئة العليا لأمن الحدود");
		assertThat(read("حضر الاجتماع اللواء سعيد حمد النعيمي قائد قوات الطوارئ الخاصة.").offices("سعيد حمد النعيمي"))
			.containsExactly("قائد @ قوات الطوارئ الخاصة");
		assertThat(read("حضر الاجتماع اللواء منير خالد العبيدي رئيس جهاز الأمن الوقائي.").offices("منير خالد العبيدي"))
			.containsExactly("رئيس @ جهاز الأمن الوقائي");
	}

	@Test
	void shouldKeepTheFieldOfAnAssistantMinistersTitle() {
		Extracted x = read("شارك اللواء محمود فؤاد عبد الحميد مساعد وزير الداخلية لقطاع الأمن العام في المؤتمر.");
		assertThat(x.offices("محمود فؤاد عبد الحميد")).containsExactly("مساعد وزير الداخلية لقطاع الأمن العام @ وزارة الداخلية");
	}

	@Test
	void shouldReadFeminineTitles() {
		assertThat(read("وحضرت الاجتماع السيدة ليلى حسن العلي رئيسة قسم حقوق الإنسان.").offices("ليلى حسن العلي"))
			.containsExactly("رئيسة @ قسم حقوق الإنسان");
		assertThat(read("وحضرت الاجتماع العقيد منى سالم الكعبي مديرة إدارة الشرطة المجتمعية.").offices("منى سالم الكعبي"))
			.containsExactly("مديرة @ إدارة الشرطة المجتمعية");
	}
}
