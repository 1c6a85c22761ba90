package org.majlis.ingest.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.majlis.common.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.ingest.extract.Extracted.read;

/** Where an event took place: the most specific place the text introduces as its setting. */
class EventPlaceTests {

	@Test
	void shouldTakeACapitalNamedByItsCountrysAdjectiveForThatCapital() {
		Extracted x = read("شارك مدير الشرطة في أعمال المؤتمر الدولي لمكافحة الاتجار بالبشر المنعقد بالعاصمة النمساوية.");
		assertThat(x.placeKey(x.a.events().getFirst().placeRef())).isEqualTo("vienna");
	}

	@Test
	void shouldLeaveACapitalThatBearsItsCountrysNameToTheCountry() {
		Extracted x = read("انطلقت أعمال المؤتمر العربي لرؤساء أجهزة مكافحة المخدرات المنعقد بالعاصمة التونسية.");
		assertThat(x.placeKey(x.a.events().getFirst().placeRef())).isEqualTo("tunisia");
	}

	@Test
	void shouldTakeThePlaceAfterAHostingVerbWithAPronoun() {
		Extracted x = read("انطلقت أعمال الندوة الإقليمية للأمن السيبراني التي تحتضنها الرباط على مدى يومين.");
		assertThat(x.placeKey(x.a.events().getFirst().placeRef())).isEqualTo("rabat");
	}

	@Test
	void shouldKeepThePlaceOfAGatheringThatOneCountryJoinedOnline() {
		Extracted x = read("شاركت اليمن عبر تقنية الاتصال المرئي في أعمال الاجتماع السنوي لرؤساء أجهزة الشرطة الذي تستضيفه العاصمة الكينية "
				+ "مدينة نيروبي.");
		assertThat(x.a.events()).singleElement().satisfies(e -> {
			assertThat(x.placeKey(e.placeRef())).isEqualTo("nairobi");
			assertThat(e.virtual()).isNotEqualTo(Boolean.TRUE);
		});
		assertThat(read("عقد وزراء الداخلية عبر تقنية الاتصال المرئي اجتماعهم الدوري في الرياض.").a.events())
			.singleElement().satisfies(e -> assertThat(e.virtual()).isTrue());
	}

	@Test
	void shouldPlaceAnEventWhereItsOpenerOpenedItAndAMeetingOnItsMarginsThereToo() {
		Extracted x = read("افتتح وزير الداخلية سالم فهد العلي في المنامة أعمال الاجتماع الحادي والأربعين لوزراء الداخلية بدول مجلس "
				+ "التعاون.\nوعلى هامش الاجتماع، التقى معاليه بوزير الداخلية الكويتي الشيخ فهد يوسف سعود الصباح.");
		assertThat(x.events()).hasSize(2).allSatisfy(e -> assertThat(x.placeKey(e.placeRef())).isEqualTo("manama"));
	}

	@Test
	void shouldPlaceAndDateTheFirstEventByADatelineOnALineOfItsOwn() {
		Extracted x = read("الرياض، 5 مارس 2025\nواس\n\nاستقبل وزير الداخلية سالم فهد العلي، اليوم الأربعاء، سفير جمهورية مصر العربية لدى "
				+ "المملكة أسامة فارس شلتوت.");
		assertThat(x.event().start()).isEqualTo(org.majlis.common.PartialDate.of(2025, 3, 5));
		assertThat(x.placeKey(x.event().placeRef())).isEqualTo("riyadh");
	}

	@Test
	void shouldTakeThePlaceOfTheOpeningSentenceForAVisitNamedAfterIt() {
		Extracted x = read("توجه العميد سالم الهاجري، مدير إدارة الشرطة الدولية، أمس إلى مقر الأمانة العامة في مدينة ليون الفرنسية.\n"
				+ "وخلال الزيارة، اطلع العميد الهاجري على أنظمة تبادل المعلومات.");
		assertThat(x.a.events()).singleElement().satisfies(e -> assertThat(x.placeKey(e.placeRef())).isEqualTo("lyon"));
	}

	@Test
	void shouldHoldTheMeetingsOfAVisitWhereTheVisitIs() {
		Extracted x = read("وصل وزير الداخلية اللواء سالم الهاجري إلى مدريد في زيارة رسمية.\n"
				+ "وخلال الزيارة، التقى الوزير الهاجري بمدير الشرطة الوطنية اللواء كارلوس مندوزا، وبحث معه التعاون الأمني.");
		assertThat(x.a.events()).hasSize(2).allSatisfy(e -> assertThat(x.placeKey(e.placeRef())).isEqualTo("madrid"));
	}

	@Test
	void shouldNotTakeTheOtherSideOfARelationForWhereTheEventWas() {
		Extracted x = read("عمّان - بحث مدير الأمن العام اللواء سالم فهد الحربي مع رئيس الشرطة الاتحادية الألمانية ديتر فايس التعاون المشترك.\n"
				+ "وأكد الحربي خلال اللقاء عمق العلاقات التي تربط الأردن بألمانيا.");
		assertThat(x.placeKey(x.event().placeRef())).isEqualTo("amman");
	}

	@Test
	void shouldPlaceTheFirstEventAtAHotelInTheDatelinesCity() {
		Extracted x = read("المنامة - بنا\nافتتحت في فندق الريجنسي أعمال الملتقى الخليجي لمكافحة المخدرات بمشاركة مديري الإدارات المختصة.");
		assertThat(x.placeKey(x.event().placeRef())).isEqualTo("manama");
	}

	@Test
	void shouldPlaceAnEventInThePlaceRightAfterItsNameThoughTheBodyEndingTheNameWasReadWithIt() {
		Extracted x = read("وشارك اللواء سالم الكعبي في الاجتماع السنوي لقادة الشرطة في الرياض.");
		assertThat(x.event().name()).isEqualTo("الاجتماع السنوي لقادة الشرطة");
		assertThat(x.placeKey(x.event().placeRef())).isEqualTo("riyadh");
	}

	@Test
	void shouldNotPlaceAnEventWhereAnEarlierEditionItRecallsWasHeld() {
		Extracted x = read("مراكش - افتتح وزير الداخلية سالم بنعلي، صباح اليوم، أشغال الدورة 93 للجمعية العامة للإنتربول.\n"
				+ "من جهته، نوه رئيس المنظمة بحسن التنظيم، مذكرا بالدورة السابقة التي احتضنتها غلاسكو.");
		assertThat(x.events()).singleElement().satisfies(e -> assertThat(x.placeKey(e.placeRef())).isEqualTo("marrakech"));
	}

	@Test
	void shouldPlaceAMeetingWhereItsSubjectIsSaidToBeBeforeTheOneMet() {
		Extracted x = Extracted.read("عنوان\nالتقى وزير الداخلية اللواء سالم عيسى في جنيف مدير المنظمة الدولية للهجرة خالد منصور.");
		assertThat(x.placeKey(x.event().placeRef())).isEqualTo("geneva");
	}

	@Test
	void shouldNotTakeACrimeDoneOnlineForAnEventHeldOnline() {
		Extracted x = read("عنوان\nانطلقت في عمّان أعمال الورشة الإقليمية لمكافحة الجرائم الإلكترونية.\n"
				+ "وناقشت الورشة سبل التصدي لعمليات الاحتيال عبر الإنترنت.");
		assertThat(x.event().virtual()).isFalse();
		assertThat(x.placeKey(x.event().placeRef())).isEqualTo("amman");
		assertThat(read("عنوان\nعقد وزراء الداخلية اجتماعا عبر الإنترنت لبحث التعاون.").event().virtual()).isTrue();
	}

	@Test
	void shouldPlaceAReceptionWhereItsSubjectReceivedTheGuestWithTheDayBetween() {
		PartialDate published = PartialDate.of(2025, 3, 4);
		for (String where : List.of("في الرياض اليوم", "في الرياض يوم الثلاثاء،", "بمكتبه في الرياض اليوم", "في مكتبه بالرياض اليوم")) {
			Extracted x = read("عنوان\nاستقبل وزير الداخلية الأمير عبدالعزيز بن سعود بن نايف " + where + " سفير فرنسا لدى المملكة لودوفيك بوي.",
					published);
			assertThat(x.people()).as(where).contains("عبدالعزيز بن سعود بن نايف");
			assertThat(x.placeKey(x.event().placeRef())).as(where).isEqualTo("riyadh");
			assertThat(x.event().start()).as(where).isEqualTo(published);
		}
	}

	@Test
	void shouldPlaceTheFirstEventByADatelineWithACommaDateAndATag() {
		Extracted x = read("الدوحة، 5 مارس 2025 (قنا) - استقبل وزير الداخلية سالم فهد العلي اليوم سفير فرنسا لودوفيك بوي.");
		assertThat(x.placeKey(x.event().placeRef())).isEqualTo("doha");
		assertThat(x.event().start()).isEqualTo(PartialDate.of(2025, 3, 5));
		Extracted weekday = read("تونس، 19 فبراير 2025 - انطلقت اليوم الأحد في العاصمة التونسية أعمال الدورة الثانية والأربعين لمجلس وزراء "
				+ "الداخلية العرب.", PartialDate.of(2025, 2, 19));
		assertThat(weekday.event().start()).isEqualTo(PartialDate.of(2025, 2, 19));
	}

	@Test
	void shouldPlaceAVisitWhereItsVisitorArrives() {
		String rabat = placeOfTheEvent("عنوان\nزار وزير الداخلية الموريتاني محمد أحمد ولد محمد الأمين الرباط أمس.");
		assertThat(rabat).isNotNull();
		assertThat(placeOfTheEvent("عنوان\nوصل الرباط أمس وزير الداخلية الموريتاني محمد أحمد ولد محمد الأمين في زيارة رسمية.")).isEqualTo(rabat);
		assertThat(placeOfTheEvent("عنوان\nوصل وزير الداخلية الموريتاني محمد أحمد ولد محمد الأمين الرباط أمس في زيارة رسمية.")).isEqualTo(rabat);
	}

	private static String placeOfTheEvent(String text) {
		Extracted x = read(text);
		return x.event().placeRef() == null ? null : x.placeKey(x.event().placeRef());
	}

	@Test
	void shouldPlaceTheFirstEventByADatelineWithItsAgencyAfterASlash() {
		Extracted x = read("وزير الداخلية يستقبل السفير\nبغداد / واع\nاستقبل وزير الداخلية سالم راشد الحربي، اليوم الأربعاء، السفير الكندي لدى العراق "
				+ "مارك دوبوا.", PartialDate.of(2025, 11, 5));
		assertThat(x.placeKey(x.event().placeRef())).isEqualTo("baghdad");
	}

	@Test
	void shouldNotPlaceAnEventWhereTheBodyItsSpeakersComeFromIs() {
		Extracted x = read("عنوان\nنظمت الإدارة العامة للمباحث الجنائية ورشة عمل حول حماية الأطفال على الإنترنت.\n"
				+ "وحاضر في الورشة خبراء من الأمانة العامة للإنتربول في ليون.");
		assertThat(x.event().placeRef()).isNull();
	}
}
