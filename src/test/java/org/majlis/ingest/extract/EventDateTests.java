package org.majlis.ingest.extract;

import org.junit.jupiter.api.Test;
import org.majlis.common.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.ingest.extract.Extracted.read;

/** An event's dates: ranges, Hijri with its Gregorian equivalent, days relative to the publication date, durations. */
class EventDateTests {

	private static final PartialDate PUBLISHED = PartialDate.of(2024, 10, 16);

	@Test
	void shouldReadTheGregorianRangeBesideAHijriRange() {
		EventMention e = read("عقدت الدورة التدريبية في الرياض خلال الفترة من 12 إلى 14 / 4 / 1446هـ الموافق 15 إلى 17 / 10 / 2024م.").event();
		assertThat(e.start()).isEqualTo(PartialDate.of(2024, 10, 15));
		assertThat(e.end()).isEqualTo(PartialDate.of(2024, 10, 17));
	}

	@Test
	void shouldConvertAHijriDateGivenAlone() {
		EventMention e = read("عقد الاجتماع الخليجي في الرياض يوم 12 ربيع الآخر 1446هـ.").event();
		assertThat(e.start()).isEqualTo(PartialDate.of(2024, 10, 15));
	}

	@Test
	void shouldMoveTomorrowAndTheDayBeforeYesterdayFromThePublicationDate() {
		assertThat(read("تنطلق غدا في الدوحة أعمال المؤتمر الدولي لمكافحة الفساد.", PUBLISHED).event().start())
			.isEqualTo(PartialDate.of(2024, 10, 17));
		assertThat(read("اختتمت أمس الأول في الدوحة أعمال الندوة الإقليمية لمكافحة الفساد.", PUBLISHED).event().start())
			.isEqualTo(PartialDate.of(2024, 10, 14));
	}

	@Test
	void shouldReadAWeekdayAsTheLatestSuchDayUpToThePublication() {
		assertThat(read("شارك العميد راشد سالم النقبي يوم الاثنين في اجتماع لجنة التدريب.", PUBLISHED).event().start())
			.isEqualTo(PartialDate.of(2024, 10, 14));
	}

	@Test
	void shouldReadAMaghrebiRangeWithTheYearWrittenOnceAtTheEnd() {
		EventMention e = read("احتضنت مدينة مراكش الندوة الدولية حول الأمن الرقمي من 28 شتنبر إلى غاية فاتح أكتوبر 2021.").event();
		assertThat(e.start()).isEqualTo(PartialDate.of(2021, 9, 28));
		assertThat(e.end()).isEqualTo(PartialDate.of(2021, 10, 1));
	}

	@Test
	void shouldEndAnEventByItsDuration() {
		EventMention e = read("انطلقت يوم 3 مارس 2025 في عمّان دورة تدريبية تستمر ثلاثة أيام حول التحقيق الرقمي.").event();
		assertThat(e.start()).isEqualTo(PartialDate.of(2025, 3, 3));
		assertThat(e.end()).isEqualTo(PartialDate.of(2025, 3, 5));
	}

	@Test
	void shouldGiveADateInASentenceThatNamesNoEventToTheEventTheSentenceReports() {
		EventMention e = read("شارك العميد سالم راشد الحربي في أعمال المؤتمر الدولي للأمن السيبراني في الدوحة.\n"
				+ "وأوضح العميد سالم راشد الحربي في تصريح صحفي يوم 14 أكتوبر 2024 أن الوفد عرض تجربة بلاده.", PUBLISHED).event();
		assertThat(e.start()).isEqualTo(PartialDate.of(2024, 10, 14));
	}

	@Test
	void shouldNotGiveAYearAloneInSuchASentenceToTheEvent() {
		EventMention e = read("شارك العميد سالم راشد الحربي في أعمال المؤتمر الدولي للأمن السيبراني في الدوحة.\n"
				+ "وأوضح العميد سالم راشد الحربي أن الإدارة تأسست عام 1998.", PUBLISHED).event();
		assertThat(e.start()).isNull();
	}

	@Test
	void shouldDateAMeetingReportedAfterADatedOneOfTheSameRoundOnItsDay() {
		Extracted x = read("التقى وزير الداخلية اللواء فؤاد سالم الحمداني اليوم الثلاثاء نظيره الأردني مازن سليم القضاة.\n"
				+ "كما التقى الحمداني الأمين العام لمجلس وزراء الداخلية العرب الدكتور علي صالح الكبيسي.", PUBLISHED);
		assertThat(x.events()).hasSize(2);
		assertThat(x.events()).allSatisfy(e -> assertThat(e.start()).isEqualTo(PartialDate.of(2024, 10, 15)));
	}

	@Test
	void shouldDateAndPlaceTheDayOfAHijriDatelineWithItsGregorianEquivalent() {
		EventMention e = read("جدة 20 جمادى الأولى 1446 هـ الموافق 22 نوفمبر 2024 م واس\n"
				+ "دشن مدير الأمن العام اليوم أعمال الملتقى الأمني الخليجي الثالث.").event();
		assertThat(e.start()).isEqualTo(PartialDate.of(2024, 11, 22));
		assertThat(e.placeRef()).isNotNull();
	}

	@Test
	void shouldCountTheDaysBackFromTheClosingDayOfAnEventThatLastedSeveral() {
		String workshop = "أعمال الورشة الإقليمية لمكافحة غسل الأموال التي نظمتها الأكاديمية على مدى ثلاثة أيام في الرياض.";
		Extracted closed = read("عنوان\nاختتمت أمس " + workshop, PartialDate.of(2025, 3, 6));
		assertThat(closed.event().start()).isEqualTo(PartialDate.of(2025, 3, 3));
		assertThat(closed.event().end()).isEqualTo(PartialDate.of(2025, 3, 5));
		Extracted opened = read("عنوان\nانطلقت أمس " + workshop, PartialDate.of(2025, 3, 6));
		assertThat(opened.event().start()).isEqualTo(PartialDate.of(2025, 3, 5));
		assertThat(opened.event().end()).isEqualTo(PartialDate.of(2025, 3, 7));
	}

	@Test
	void shouldReadTodayAfterAnEventNounAndBeforeTheOneMet() {
		assertThat(read("عنوان\nاستعرض الوزير سالم راشد الحربي خلال اجتماعه اليوم مع نظيره البلجيكي أنطوان ديبوا ملفات التعاون.", PUBLISHED)
			.event().start()).isEqualTo(PartialDate.of(2024, 10, 16));
		assertThat(read("عنوان\nالتقى الوزير سالم راشد الحربي اليوم وزير الداخلية البلجيكي أنطوان ديبوا في بروكسل.", PUBLISHED).event().start())
			.isEqualTo(PartialDate.of(2024, 10, 16));
		assertThat(read("عنوان\nتحدث الخبير عن تحديات عالم اليوم في مؤتمر الأمن الرقمي.", PUBLISHED).event().start()).isNull();
	}

	@Test
	void shouldReadAWeekdayAfterATimeOfDay() {
		EventMention visit = read("عنوان\nوصل وزير الداخلية الموريتاني محمد أحمد ولد محمد الأمين إلى الرباط مساء الأحد في زيارة رسمية.", PUBLISHED).event();
		assertThat(visit.start()).isEqualTo(PartialDate.of(2024, 10, 13));
	}

	@Test
	void shouldReadAWeekdayPlacedBeforeOrAfterTheArticlesDayWithoutTheWordDay() {
		assertThat(read("عنوان\nعقد الاجتماع الخليجي لمكافحة المخدرات في الرياض الأحد الماضي.", PUBLISHED).event().start())
			.isEqualTo(PartialDate.of(2024, 10, 13));
		assertThat(read("عنوان\nعقد الاجتماع الخليجي لمكافحة المخدرات في الرياض يومي الاثنين والثلاثاء.", PUBLISHED).event().start())
			.isEqualTo(PartialDate.of(2024, 10, 14));
		assertThat(read("عنوان\nوأكد الأحد من المشاركين أهمية التعاون في الاجتماع الخليجي.", PUBLISHED).event().start()).isNull();
	}

	@Test
	void shouldReadADayOfTheArticlesMonthOrTheMonthBefore() {
		assertThat(read("عنوان\nعقد الاجتماع الخليجي لمكافحة المخدرات في الرياض في الخامس من الشهر الجاري.", PUBLISHED).event().start())
			.isEqualTo(PartialDate.of(2024, 10, 5));
		assertThat(read("عنوان\nعقد الاجتماع الخليجي لمكافحة المخدرات في الرياض في 28 من الشهر الماضي.", PUBLISHED).event().start())
			.isEqualTo(PartialDate.of(2024, 9, 28));
	}

	@Test
	void shouldReadTodayAfterAPlace() {
		assertThat(read("عنوان\nوقع وزير الداخلية سالم راشد الحربي ووزير الداخلية التركي أحمد يلماز في أنقرة اليوم مذكرة تفاهم.", PUBLISHED)
			.event().start()).isEqualTo(PartialDate.of(2024, 10, 16));
	}
}
