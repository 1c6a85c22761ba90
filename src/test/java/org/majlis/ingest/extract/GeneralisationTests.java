package org.majlis.ingest.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.majlis.common.PartialDate;
import org.majlis.event.EventKind;

import static org.assertj.core.api.Assertions.assertThat;

/** One general rule each, on short invented sentences of the genre. */
class GeneralisationTests {

	private static ArticleExtractor extractor;

	@BeforeAll
	static void load() {
		extractor = new ArticleExtractor();
	}

	private static EventMention event(ArticleExtraction a) {
		assertThat(a.events()).hasSize(1);
		return a.events().get(0);
	}

	private static String placeKey(ArticleExtraction a, String ref) {
		return a.places().stream().filter(p -> p.ref().equals(ref)).map(PlaceMention::lexiconKey).findFirst().orElse(null);
	}

	private static String personName(ArticleExtraction a, String ref) {
		return a.people().stream().filter(p -> p.ref().equals(ref)).map(PersonMention::name).findFirst().orElse(null);
	}

	@Test
	void shouldReadYearFirstNumericDate() {
		ArticleExtraction a = extractor.extract("عقد الاجتماع الإقليمي في 2024/12/03 بمدينة جدة.", null);
		assertThat(event(a).start()).isEqualTo(PartialDate.of(2024, 12, 3));
	}

	@Test
	void shouldSkipHijriDateAndReadTheGregorianOne() {
		ArticleExtraction a = extractor.extract("انطلق المؤتمر يوم الأحد 10 ربيع الآخر 1446هـ الموافق 13 أكتوبر 2024م في الرياض.", null);
		assertThat(event(a).start()).isEqualTo(PartialDate.of(2024, 10, 13));
	}

	@Test
	void shouldPreferTheStatedRangeOverTheDayOfClosing() {
		ArticleExtraction a = extractor.extract("اختتمت اليوم الخميس الدورة التدريبية التي عقدت خلال الفترة من ١٥ إلى ١٩ كانون الأول ٢٠٢٤.",
				PartialDate.of(2024, 12, 19));
		EventMention e = event(a);
		assertThat(e.start()).isEqualTo(PartialDate.of(2024, 12, 15));
		assertThat(e.end()).isEqualTo(PartialDate.of(2024, 12, 19));
	}

	@Test
	void shouldTellAmmanFromOmanByShaddaOrDateline() {
		assertThat(extractor.extract("عقدت الندوة في عمّان.", null).places()).extracting(PlaceMention::lexiconKey).contains("amman", "jordan");
		assertThat(extractor.extract("عمان - شارك وفد في الندوة.", null).places()).extracting(PlaceMention::lexiconKey).contains("amman");
		assertThat(extractor.extract("زار الوفد سلطنة عمان.", null).places()).extracting(PlaceMention::lexiconKey).containsExactly("oman");
	}

	@Test
	void shouldTakeACityNounBeforeOmanForAmman() {
		assertThat(extractor.extract("عقد الاجتماع في مدينة عمان يوم 3 مايو.", null).places()).extracting(PlaceMention::lexiconKey)
			.contains("amman").doesNotContain("oman");
		assertThat(extractor.extract("وصل الوفد إلى العاصمة عمان.", null).places()).extracting(PlaceMention::lexiconKey)
			.contains("amman").doesNotContain("oman", "muscat");
		assertThat(extractor.extract("عقد الاجتماع في عمان.", null).places()).extracting(PlaceMention::lexiconKey).containsExactly("oman");
	}

	@Test
	void shouldReadDatelineWithDateAndAgencyInParentheses() {
		ArticleExtraction a = extractor.extract("عمّان 19 كانون الأول (بترا) - اختتمت في العقبة اليوم ورشة عمل حول أمن الحدود.", PartialDate.of(2024, 12, 19));
		EventMention e = event(a);
		assertThat(placeKey(a, e.placeRef())).isEqualTo("aqaba");
		assertThat(e.start()).isEqualTo(PartialDate.of(2024, 12, 19));
	}

	@Test
	void shouldNotTakeAttendeesFromSentencesAfterAChangeOfSubject() {
		ArticleExtraction a = extractor.extract("شارك العقيد سالم راشد الحربي في أعمال المؤتمر الدولي للأمن السيبراني.\n"
				+ "وفي سياق آخر، حضر العقيد ماجد علي النقبي حفل تخريج دفعة جديدة من الضباط.", null);
		assertThat(event(a).attendees()).extracting(p -> personName(a, p.personRef())).containsExactly("سالم راشد الحربي");
	}

	@Test
	void shouldNotMakeAnEventOfAPressConference() {
		ArticleExtraction a = extractor.extract("قال العميد خالد عمر الفلاسي في مؤتمر صحفي إن الشرطة ضبطت شبكة لتهريب المخدرات.", null);
		assertThat(a.events()).isEmpty();
		assertThat(a.people()).extracting(PersonMention::name).containsExactly("خالد عمر الفلاسي");
	}

	@Test
	void shouldKeepTwoPeopleOfOneFamilyApart() {
		ArticleExtraction a = extractor.extract("حضر الاجتماع الفريق محمد بن عبدالله القحطاني واللواء سعود بن ناصر القحطاني.\nوأكد القحطاني أهمية التعاون.", null);
		assertThat(a.people()).extracting(PersonMention::name).containsExactly("محمد بن عبدالله القحطاني", "سعود بن ناصر القحطاني");
	}

	@Test
	void shouldGiveANationalBodyTheCountryOfItsNationalityAdjective() {
		ArticleExtraction a = extractor.extract("استقبل اللواء حسن علي الجمال وفدا من وزارة الداخلية الإيطالية في القاهرة.", null);
		OrganizationMention ministry = a.organizations().stream().filter(o -> o.name().equals("وزارة الداخلية الإيطالية")).findFirst().orElseThrow();
		assertThat(placeKey(a, ministry.countryRef())).isEqualTo("italy");
	}

	@Test
	void shouldTakeAPartnerAsOrganiserOnlyBesideAPrimaryOrganiser() {
		ArticleExtraction praise = extractor.extract("أشاد وزير الداخلية خلال الاجتماع بالتعاون مع المنظمة الدولية للشرطة الجنائية.", null);
		assertThat(event(praise).organizers()).isEmpty();
		ArticleExtraction joint = extractor.extract("نظمت أكاديمية الشرطة بالتعاون مع المنظمة الدولية للشرطة الجنائية ورشة عمل حول غسل الأموال.", null);
		assertThat(event(joint).organizers()).hasSize(2);
	}

	@Test
	void shouldEndOrganisationAndEventNamesAtALineBreak() {
		ArticleExtraction a = extractor.extract("وزير الداخلية يستقبل مدير عام جهاز الشرطة الخليجية\n\nالدوحة - قنا\nاستقبل وزير الداخلية اليوم مدير عام جهاز الشرطة الخليجية.", null);
		assertThat(a.organizations()).extracting(OrganizationMention::name).doesNotContain("جهاز الشرطة الخليجية\n\nالدوحة").contains("جهاز الشرطة الخليجية");
	}

	@Test
	void shouldNotReadAPrepositionOrAnObjectAsTheNameAfterAnOffice() {
		ArticleExtraction a = extractor.extract("وأكد معالي وزير الداخلية أهمية تبادل الخبرات، وشدد وزير الداخلية على دور الشرطة.", null);
		assertThat(a.people()).isEmpty();
	}

	@Test
	void shouldTakeEveryoneAReceptionSentenceNames() {
		ArticleExtraction a = extractor.extract("استقبل الفريق محمد بن عبدالله القحطاني في مكتبه اليوم، العقيد ماركو روسي والوفد المرافق له.", PartialDate.of(2025, 1, 20));
		EventMention e = event(a);
		assertThat(e.kind()).isEqualTo(EventKind.MEETING);
		assertThat(e.attendees()).extracting(p -> personName(a, p.personRef())).containsExactly("محمد بن عبدالله القحطاني", "ماركو روسي");
		assertThat(e.start()).isEqualTo(PartialDate.of(2025, 1, 20));
	}

	@Test
	void shouldNotPlaceTheEventWhereAnAttendeesOfficeIs() {
		ArticleExtraction a = extractor.extract("المنامة - بنا\nاستقبل وزير الداخلية بمكتبه السيد جان ماري دوبوا مدير المكتب الإقليمي للإنتربول في أبوظبي.", null);
		assertThat(placeKey(a, event(a).placeRef())).isEqualTo("manama");
	}

	@Test
	void shouldReadTheNameAfterADelegationVerbWhenAnOfficeFollows() {
		ArticleExtraction a = extractor.extract("زار وفد إيطالي برئاسة ماركو روسي مدير إدارة الهجرة مقر الأكاديمية.", null);
		assertThat(a.people()).singleElement().satisfies(p -> {
			assertThat(p.name()).isEqualTo("ماركو روسي");
			assertThat(p.positions()).singleElement().satisfies(pos -> assertThat(pos.title()).isEqualTo("مدير"));
		});
	}

	@Test
	void shouldNotGiveTheOfficeSomeoneStandsInForToTheDeputy() {
		ArticleExtraction a = extractor.extract("وشارك في المؤتمر، نيابة عن وزير الداخلية، اللواء فيصل علي الشامسي.", null);
		assertThat(a.people()).singleElement().satisfies(p -> assertThat(p.positions()).isEmpty());
		assertThat(event(a).attendees()).extracting(p -> personName(a, p.personRef())).containsExactly("فيصل علي الشامسي");
	}

	@Test
	void shouldKeepCoordinationInsideAnOrganisationsComplement() {
		ArticleExtraction a = extractor.extract("حضر الندوة مدير الإدارة العامة للتحريات والمباحث الجنائية.", null);
		assertThat(a.organizations()).extracting(OrganizationMention::name).containsExactly("الإدارة العامة للتحريات والمباحث الجنائية");
	}

	@Test
	void shouldNotEndTheSentenceAtTheAbbreviatedDoctorTitle() {
		ArticleExtraction a = extractor.extract("افتتح الندوة بحضور د. أحمد سالم النعيمي مدير إدارة البحوث.", null);
		assertThat(event(a).attendees()).extracting(p -> personName(a, p.personRef())).containsExactly("أحمد سالم النعيمي");
	}

	@Test
	void shouldReadADeputysOfficeAndResolveABareSecretariat() {
		ArticleExtraction a = extractor.extract("بحضور الأمانة العامة لمجلس وزراء الداخلية العرب، ترأس وفد مملكة البحرين اللواء عادل خليفة الفاضل مساعد رئيس الأمن العام.\n"
				+ "وأشاد المشاركون بجهود الأمانة العامة في تنظيم المؤتمر.", null);
		assertThat(a.people()).singleElement().satisfies(p -> assertThat(p.positions()).singleElement()
				.satisfies(pos -> assertThat(pos.title()).isEqualTo("مساعد رئيس الأمن العام")));
		assertThat(a.organizations()).extracting(OrganizationMention::name).doesNotContain("الأمانة العامة");
	}
}
