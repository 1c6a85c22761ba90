package org.majlis.ingest.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.majlis.common.PartialDate;
import org.majlis.event.EventKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.ingest.extract.Extracted.read;

/** An article reports every event it says happened, each with its own people, date and place; passing mentions are none. */
class SeveralEventsTests {

	@Test
	void shouldReadASideMeetingAsAnEventOfItsOwn() {
		Extracted x = read("شارك اللواء عادل حمد الشامسي في المؤتمر الإقليمي الأوروبي للإنتربول في مدينة لشبونة.\n"
				+ "وعلى هامش المؤتمر، التقى اللواء عادل حمد الشامسي مع العميد جواو سيلفا مدير الشرطة القضائية البرتغالية.");
		assertThat(x.events()).hasSize(2);
		EventMention meeting = x.events().stream().filter(e -> e.kind() == EventKind.MEETING).findFirst().orElseThrow();
		assertThat(x.attendees(meeting)).containsExactlyInAnyOrder("عادل حمد الشامسي", "جواو سيلفا");
		EventMention conference = x.events().stream().filter(e -> e.kind() == EventKind.CONFERENCE).findFirst().orElseThrow();
		// the counterpart met on the margins was at the conference too, as the annotation has it (required or optional)
		assertThat(x.attendees(conference)).contains("عادل حمد الشامسي");
	}

	@Test
	void shouldReadASigningAsAnEventWithBothSignatories() {
		Extracted x = read("وقع العميد فهد سالم العتيبي ونظيره الإيطالي العميد ماركو روسي مذكرة تفاهم في مجال التدريب الأمني في روما.");
		EventMention e = x.event();
		assertThat(x.attendees(e)).containsExactlyInAnyOrder("فهد سالم العتيبي", "ماركو روسي");
		assertThat(x.placeKey(e.placeRef())).isEqualTo("rome");
	}

	@Test
	void shouldGiveAVisitTheNextDayItsOwnDate() {
		Extracted x = read("شارك الفريق ضاحي راشد المهيري يوم 3 مارس 2025 في اجتماع لجنة الخبراء في تونس.\n"
				+ "وفي اليوم التالي، قام الفريق ضاحي راشد المهيري بزيارة إلى مقر الأمانة العامة لمجلس وزراء الداخلية العرب.");
		assertThat(x.events()).hasSize(2);
		EventMention visit = x.events().stream().filter(e -> e.kind() == EventKind.VISIT).findFirst().orElseThrow();
		assertThat(visit.start()).isEqualTo(PartialDate.of(2025, 3, 4));
	}

	@Test
	void shouldNotReportAnEarlierEditionNamedInPassing() {
		Extracted x = read("انطلقت في الدوحة أعمال الاجتماع العاشر لرؤساء أجهزة الأمن السيبراني بحضور العقيد سعد علي المري.\n"
				+ "وكان الاجتماع السابق قد عقد في مسقط عام 2023.");
		assertThat(x.event().placeRef()).isNotNull();
		assertThat(x.placeKey(x.event().placeRef())).isEqualTo("doha");
	}

	@Test
	void shouldGiveARelativeClauseInItsOwnSentenceToTheEventNamedBefore() {
		Extracted x = read("التقى اللواء سالم علي الكعبي، مساء أمس، العميد راشد حمد النعيمي على هامش المؤتمر الدولي للأمن السيبراني.\n"
				+ "والذي تنظمه أكاديمية الشرطة من 3 إلى 5 مارس 2025 في أبوظبي.");
		EventMention conference = x.events().stream().filter(e -> e.kind() == EventKind.CONFERENCE).findFirst().orElseThrow();
		assertThat(x.organizers(conference)).containsExactly("أكاديمية الشرطة");
		assertThat(conference.start()).isEqualTo(PartialDate.of(2025, 3, 3));
		assertThat(conference.end()).isEqualTo(PartialDate.of(2025, 3, 5));
	}

	@Test
	void shouldReadAReceptionDuringAVisitAndItsWelcomeAsOneVisit() {
		Extracted x = read("استقبل اللواء ناصر علي المري مدير عام الشرطة، العميد بيتر هانسن رئيس الشرطة الدنماركية والوفد المرافق له، "
				+ "خلال زيارتهما الرسمية إلى الدوحة.\nورحب اللواء ناصر علي المري بزيارة الوفد الدنماركي، مؤكدا أهمية التعاون.");
		EventMention visit = x.event();
		assertThat(visit.kind()).isEqualTo(EventKind.VISIT);
		assertThat(x.attendees(visit)).containsExactlyInAnyOrder("ناصر علي المري", "بيتر هانسن");
	}

	@Test
	void shouldReadAReceptionThatTheNextSentenceCallsAVisitAsThatVisit() {
		Extracted x = read("استقبل وزير الداخلية اللواء سالم علي الكعبي في مطار مسقط الدولي نظيره الأردني اللواء مازن خالد الفراية "
				+ "والوفد المرافق له.\nوقد حضر مراسم الاستقبال عدد من الضباط.وتأتي زيارة الوزير الأردني لسلطنة عمان استجابة لدعوة "
				+ "رسمية من قبل وزير الداخلية اللواء سالم علي الكعبي.");
		EventMention visit = x.event();
		assertThat(visit.kind()).isEqualTo(EventKind.VISIT);
		assertThat(x.attendees(visit)).containsExactlyInAnyOrder("سالم علي الكعبي", "مازن خالد الفراية");
	}

	@Test
	void shouldNotReportAnEarlierVisitNamedInPassing() {
		Extracted x = read("شارك العميد سالم علي الكعبي في المؤتمر الإقليمي لمكافحة المخدرات في الدوحة أمس.\n"
				+ "وأشار العميد سالم علي الكعبي إلى أن زيارة سابقة له إلى الأردن تناولت أمن الحدود.");
		assertThat(x.events()).extracting(EventMention::kind).containsExactly(EventKind.CONFERENCE);
	}

	@Test
	void shouldReadASigningThatOpensAVisitAsAnEventOfItsOwn() {
		Extracted x = read("قام قائد الشرطة اللواء سالم علي الكعبي بزيارة عمل إلى إيطاليا في الفترة من 3 إلى 5 مارس 2025.\n"
				+ "واستهلت الزيارة بتوقيع مذكرة تفاهم بين القيادة العامة للشرطة والشرطة الإيطالية في مجال التدريب.");
		assertThat(x.events()).extracting(EventMention::kind).containsExactlyInAnyOrder(EventKind.VISIT, EventKind.OTHER);
	}

	@Test
	void shouldKeepAVisitToAnotherCountryApart() {
		Extracted x = read("استقبل اللواء ناصر علي المري مدير عام الشرطة، العميد بيتر هانسن رئيس الشرطة الدنماركية، خلال زيارته الرسمية "
				+ "إلى الدوحة.\nكما قام العميد بيتر هانسن بزيارة رسمية إلى سلطنة عمان التقى خلالها قائد الشرطة.");
		assertThat(x.events()).extracting(e -> x.placeKey(e.placeRef())).containsExactly("doha", "oman");
	}

	@Test
	void shouldReadAMeetingOfTheVisitorInItsOwnSentenceAsAnEventHeldDuringTheVisit() {
		Extracted x = read("قام المدير العام للأمن الوطني عبد الكريم سالم بزيارة عمل إلى إسبانيا في الفترة من 3 إلى 6 مارس 2025.\n"
				+ "كما التقى عبد الكريم سالم مع مدير الشرطة الإسبانية خوان غارسيا لبحث مكافحة الإرهاب.");
		assertThat(x.events()).hasSize(2);
		EventMention meeting = x.events().stream().filter(e -> e.kind() == EventKind.MEETING).findFirst().orElseThrow();
		assertThat(x.attendees(meeting)).containsExactlyInAnyOrder("عبد الكريم سالم", "خوان غارسيا");
		assertThat(meeting.start()).as("in the visit's month; the text does not say which day").isEqualTo(new PartialDate(2025, 3, null));
	}

	@Test
	void shouldTakeThePlaceFromTheNextSentenceThatReportsTheEventWhenItsOwnNamesNone() {
		Extracted x = read("شارك العقيد سالم راشد الحربي في أعمال المؤتمر الدولي للأمن السيبراني يوم 3 مارس 2025.\n"
				+ "وقدم العقيد سالم راشد الحربي ورقة عمل في مدينة الدوحة حول حماية البنية التحتية.");
		assertThat(x.placeKey(x.event().placeRef())).isEqualTo("doha");
	}

	@Test
	void shouldReadASigningWhoseDocumentComesAfterWhenAndWhere() {
		Extracted x = read("وقع العميد فهد سالم العتيبي مدير الأمن العام، والعميد ماركو روسي قائد الشرطة الإيطالية أمس في مقر الوزارة اتفاقية "
				+ "للتعاون في مكافحة الجريمة المنظمة.");
		EventMention e = x.event();
		assertThat(e.name()).startsWith("توقيع اتفاقية");
		assertThat(x.attendees(e)).contains("فهد سالم العتيبي");
	}

	@Test
	void shouldReadASigningWhoseDocumentComesAfterTheCounterpartsWholeOffice() {
		Extracted x = read("وقع المدير العام للأمن الوطني، سالم فارس بومدين، اليوم بالجزائر العاصمة، مع نظيره التونسي، كمال الهادي الجربي، "
				+ "المدير العام للأمن الوطني بتونس، مذكرة تفاهم للتعاون في مجال التكوين.");
		EventMention e = x.event();
		assertThat(e.name()).startsWith("توقيع مذكرة تفاهم");
		assertThat(x.attendees(e)).contains("سالم فارس بومدين", "كمال الهادي الجربي");
	}

	@Test
	void shouldReadMinutesSignedAsASigningNotAsTheMeetingTheyRecord() {
		Extracted x = read("وفي ختام المباحثات، وقع الوزير سالم فهد العتيبي ونظيره الإيطالي ماركو روسي محضر اجتماع اللجنة الأمنية المشتركة.");
		assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.name()).startsWith("توقيع محضر اجتماع"));
	}

	@Test
	void shouldReadAnAgreementConcludedAsASigning() {
		Extracted x = read("أبرمت وزارة الداخلية السعودية ووزارة الشؤون الداخلية السنغافورية مذكرة تفاهم في مجال مكافحة الإرهاب، وقعها عن الجانب "
				+ "السعودي اللواء سعد محمد القحطاني.");
		assertThat(x.event().name()).startsWith("توقيع مذكرة تفاهم");
	}

	@Test
	void shouldReadADinnerInHonourOfTheDelegationsAsAGatheringOfItsOwnWithItsHost() {
		Extracted x = read("اختتم المؤتمر الإقليمي لمكافحة الاتجار بالبشر أعماله في عمّان بمشاركة العميد خالد يوسف الزعبي.\n"
				+ "وأقام مدير الأمن العام اللواء عامر سالم الخطيب حفل عشاء تكريما للوفود المشاركة في المؤتمر.");
		assertThat(x.events()).hasSize(2);
		EventMention dinner = x.events().stream().filter(e -> e.name().contains("عشاء")).findFirst().orElseThrow();
		assertThat(x.attendees(dinner)).contains("عامر سالم الخطيب");
		assertThat(x.role(dinner, "عامر سالم الخطيب")).isEqualTo("host");
	}

	@Test
	void shouldReadAMeetingWhoseSubjectIsTheBareTitleOfSomeoneNamedBefore() {
		Extracted x = read("التقى وزير الداخلية اللبناني نبيل فؤاد حداد اليوم نظيره السوري سامر خليل العلي.\n"
				+ "ثم اجتمع الوزير بمدير الأمن العام اللواء جورج طانيوس عون.\n"
				+ "وأقام الوزير مساء حفل عشاء على شرف الوفد السوري.");
		assertThat(x.events()).hasSize(3);
		EventMention second = x.events().stream().filter(e -> x.attendees(e).contains("جورج طانيوس عون")).findFirst().orElseThrow();
		assertThat(x.attendees(second)).containsExactlyInAnyOrder("نبيل فؤاد حداد", "جورج طانيوس عون");
		assertThat(x.offices("نبيل فؤاد حداد")).containsExactly("وزير الداخلية @ وزارة الداخلية");
		EventMention dinner = x.events().stream().filter(e -> e.name().contains("عشاء")).findFirst().orElseThrow();
		assertThat(x.role(dinner, "نبيل فؤاد حداد")).isEqualTo("host");
	}

	@Test
	void shouldReadAMeetingWhoseSubjectIsAPronounOfAddressAsAMeetingOfThePersonSoAddressed() {
		Extracted x = read("زار العميد حامد سالم الفلاسي مقر أكاديمية الشرطة يوم 4 مارس 2025.\n"
				+ "وشارك معالي الشيخ منصور راشد الحمادي وزير الداخلية في المؤتمر الإقليمي لمكافحة المخدرات في مدينة أبوظبي يوم 5 مارس 2025.\n"
				+ "كما التقى معاليه على هامش المؤتمر وزير الداخلية الأردني سمير فارس العدوان.");
		EventMention meeting = x.events().stream().filter(e -> e.kind() == EventKind.MEETING && x.attendees(e).contains("سمير فارس العدوان"))
			.findFirst().orElseThrow();
		assertThat(x.rule(meeting, "منصور راشد الحمادي")).as("the one معاليه stands for, not the first named")
			.isEqualTo(x.rule(meeting, "سمير فارس العدوان")).startsWith("participation: التقى");
		assertThat(meeting.aliases()).noneMatch(alias -> alias.contains("معاليه"));
	}

	@Test
	void shouldReadAWelcomeOnArrivalAsAnEventOfItsOwnBesideTheMeetingTheGuestCameFor() {
		Extracted x = read("وصل معالي الشيخ ثامر جابر الصقري وزير الداخلية الكويتي مساء أمس إلى القاهرة للمشاركة في أعمال المؤتمر "
				+ "العربي لرؤساء أجهزة المرور.\n"
				+ "وكان في استقبال معاليه لدى وصوله مطار القاهرة الدولي اللواء حسام فؤاد البنا مساعد وزير الداخلية المصري، "
				+ "واللواء شريف كامل الدسوقي مدير الإدارة العامة للمرور.");
		EventMention arrival = x.events().stream().filter(e -> e.kind() == EventKind.VISIT).findFirst().orElseThrow();
		assertThat(x.attendees(arrival)).containsExactlyInAnyOrder("ثامر جابر الصقري", "حسام فؤاد البنا", "شريف كامل الدسوقي");
		assertThat(x.role(arrival, "ثامر جابر الصقري")).isEqualTo("guest");
		assertThat(x.role(arrival, "حسام فؤاد البنا")).isEqualTo("host");
		assertThat(x.events()).as("the conference is another event").hasSize(2);
	}

	@Test
	void shouldReadTheWelcomeOfAVisitAsPartOfTheVisit() {
		Extracted x = read("قام وزير الداخلية الأردني مازن سليم الخوالدة بزيارة رسمية إلى مقر الإنتربول في ليون، وكان في استقباله "
				+ "الأمين العام للإنتربول هانز ديتر كولر.");
		assertThat(x.events()).hasSize(1);
		assertThat(x.attendees(x.event())).containsExactlyInAnyOrder("مازن سليم الخوالدة", "هانز ديتر كولر");
	}

	@Test
	void shouldReadAMeetingThatAnAsideOpensWithTheHonorificAndTitleOfSomeoneNamedBefore() {
		Extracted x = read("ترأس صاحب السمو الملكي الأمير فيصل بن سلطان بن فهد ولي العهد وزير الداخلية اجتماع اللجنة الأمنية العليا "
				+ "في مدينة الرياض يوم 3 مارس 2025.\n"
				+ "من جهة أخرى بحث سمو ولي العهد مع وزير الداخلية البحريني الشيخ خالد بن حمد آل خليفة التعاون الأمني.");
		EventMention talks = x.events().stream().filter(e -> x.attendees(e).contains("خالد بن حمد آل خليفة")).findFirst().orElseThrow();
		assertThat(x.attendees(talks)).containsExactlyInAnyOrder("فيصل بن سلطان بن فهد", "خالد بن حمد آل خليفة");
	}

	@Test
	void shouldNotReadTheTitleOfSomeoneAVerbNamesAfterAPrepositionAsAReference() {
		Extracted x = read("نوه المدير العام للشرطة اللواء كريم سالم الزين اليوم بالتعاون مع الشرطة الفرنسية.\n"
				+ "وأوضح البيان أن اللواء الزين تطرق خلال استقباله للمدير المركزي للهجرة السيد أنطوان مارتيني إلى التعاون.");
		EventMention reception = x.event();
		assertThat(x.attendees(reception)).containsExactlyInAnyOrder("كريم سالم الزين", "أنطوان مارتيني");
	}

	@Test
	void shouldReadEachMeetingOfAVisitWhoseSubjectIsLeftOutAsAnEventOfItsOwn() {
		Extracted x = read("اختتم وزير الداخلية اللواء سالم فهد الحربي زيارة رسمية إلى عمان استغرقت يومين.\n"
				+ "والتقى الحربي وزير الداخلية الأردني اللواء مازن خالد الفراية، وبحث معه تأمين الحدود.\n"
				+ "كما التقى مدير الأمن العام اللواء عبيد الله سالم المعايطة، وبحثا تبادل المعلومات.\n"
				+ "ثم اجتمع بمدير المخابرات العامة اللواء أحمد حسني الشريف.");
		assertThat(x.events()).filteredOn(e -> e.kind() == EventKind.MEETING).extracting(x::attendees).containsExactlyInAnyOrder(
				java.util.List.of("سالم فهد الحربي", "مازن خالد الفراية"), java.util.List.of("سالم فهد الحربي", "عبيد الله سالم المعايطة"),
				java.util.List.of("سالم فهد الحربي", "أحمد حسني الشريف"));
	}

	@Test
	void shouldReadTwoPeopleListedAfterAMeetingVerbWithoutASubjectAsThoseTheArticlesHostMet() {
		Extracted x = read("شارك وزير الداخلية اللواء سامي فريد الشناوي في الاجتماع الوزاري الأفريقي لمكافحة الإرهاب يوم 10 سبتمبر 2025.\n"
				+ "وعلى هامش الاجتماع، التقى الوزير نظيره الكيني جون كاماو موانغي، وبحثا تأمين الحدود.\n"
				+ "كما التقى وزير الأمن الداخلي في السنغال آمادو كوليبالي، ووزير الداخلية الغاني كوفي مينساه، كلا على حدة.");
		EventMention both = x.events().stream().filter(e -> x.attendees(e).contains("آمادو كوليبالي")).findFirst().orElseThrow();
		assertThat(x.attendees(both)).as("the minister met both; the first listed is not the one who met the second")
			.containsExactlyInAnyOrder("سامي فريد الشناوي", "آمادو كوليبالي", "كوفي مينساه");
		assertThat(x.role(both, "سامي فريد الشناوي")).isEqualTo(x.role(both, "كوفي مينساه"));
	}

	@Test
	void shouldReadADualSubjectAsTheTwoSidesOfTheMeetingToldBefore() {
		Extracted x = read("الرباط - استقبل المدير العام للأمن الوطني سالم بنعلي، يوم الإثنين 6 يناير 2025، وزير الداخلية الإسباني "
				+ "خوسيه لويس مارين.\nوفي اليوم الموالي، ترأس الطرفان اجتماع اللجنة الأمنية المشتركة.");
		EventMention committee = x.events().stream().filter(e -> e.name().startsWith("اجتماع اللجنة")).findFirst().orElseThrow();
		assertThat(x.attendees(committee)).containsExactlyInAnyOrder("سالم بنعلي", "خوسيه لويس مارين");
	}

	@Test
	void shouldGiveAReceptionWithItsSubjectLeftOutToThePersonTheArticleIsAbout() {
		Extracted x = read("أكد وزير الداخلية اللواء كمال حسن الزيدي أهمية مكافحة الإرهاب.\n"
				+ "كما استقبل أمس الفريق ناصر بن علي الهاجري وزير الداخلية القطري، وقد استعرض الوزيران أوجه التعاون.");
		EventMention reception = x.events().stream().filter(e -> x.attendees(e).contains("ناصر بن علي الهاجري")).findFirst().orElseThrow();
		assertThat(x.attendees(reception)).containsExactlyInAnyOrder("كمال حسن الزيدي", "ناصر بن علي الهاجري");
		assertThat(x.role(reception, "ناصر بن علي الهاجري")).isEqualTo("guest");
	}

	@Test
	void shouldNotTakeTheSubjectOfAVerbWithAnObjectOfItsOwnForSomeoneMet() {
		Extracted x = read("التقى اللواء سالم فهد الحربي اللواء مازن خالد الفراية في عمان.\n"
				+ "كما استقبل العميد راشد حمد النعيمي وفدا من الشرطة الإيطالية.");
		assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.name()).contains("مازن خالد الفراية"));
		assertThat(x.role(x.event(), "راشد حمد النعيمي")).isNotEqualTo("guest");
	}

	@Test
	void shouldTakeTheMeetingTheVerbsPeopleHeldForTheirEvent() {
		Extracted x = read("عقد وزير الداخلية العراقي اللواء كمال حسن الزيدي، ووزير الداخلية الأردني اللواء مازن خالد الفراية، "
				+ "اجتماعا ثنائيا في بغداد اليوم لبحث ضبط الحدود.");
		assertThat(x.attendees(x.event())).containsExactlyInAnyOrder("كمال حسن الزيدي", "مازن خالد الفراية");
	}

	@Test
	void shouldTakeAWordForAnOfficialWithANationalityForThePersonOfThatCountryNamedBefore() {
		Extracted x = read("عمان - استقبل مدير الأمن العام اللواء سالم فهد الحربي المدير العام للشرطة الوطنية الإسبانية خوان كارلوس رويث.\n"
				+ "وفي اليوم التالي، التقى المسؤول الإسباني مدير إدارة المختبرات الجنائية العميد ماجد علي الزعبي.");
		EventMention meeting = x.events().stream().filter(e -> x.attendees(e).contains("ماجد علي الزعبي")).findFirst().orElseThrow();
		assertThat(x.attendees(meeting)).containsExactlyInAnyOrder("خوان كارلوس رويث", "ماجد علي الزعبي");
	}

	@Test
	void shouldReadAnEventNamedWithAPronounOfThePeopleHoldingIt() {
		Extracted x = read("عقد قادة أجهزة مكافحة المخدرات اجتماعهم السنوي في الدوحة بحضور العميد سالم حمد الكعبي.");
		assertThat(x.a.events()).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(org.majlis.event.EventKind.MEETING);
			assertThat(x.placeKey(e.placeRef())).isEqualTo("doha");
		});
	}

	@Test
	void shouldTakeAMeetingReportedInItsOwnSentenceForAnotherEventThoughItsNounFollows() {
		Extracted x = read("وعلى هامش المؤتمر، التقى الفريق سالم حمد الكعبي وزير الداخلية الكويتي الشيخ فهد سالم العلي، وبحث معه التعاون.\n"
				+ "كما التقى الكعبي وزير الداخلية التونسي خالد المنصوري، وتناول اللقاء مكافحة الإرهاب.");
		EventMention first = x.events().stream().filter(e -> x.attendees(e).contains("فهد سالم العلي")).findFirst().orElseThrow();
		EventMention second = x.events().stream().filter(e -> x.attendees(e).contains("خالد المنصوري")).findFirst().orElseThrow();
		assertThat(second).isNotSameAs(first);
		assertThat(x.attendees(second)).contains("سالم حمد الكعبي", "خالد المنصوري");
		assertThat(x.attendees(first)).containsExactlyInAnyOrder("سالم حمد الكعبي", "فهد سالم العلي");
	}

	@Test
	void shouldReadAVisitOnTheNextDayAsAGatheringOfItsOwn() {
		Extracted x = read("الرباط - أجرى المدير العام للأمن الوطني سالم فارس بومدين، يوم الثلاثاء بالرباط، مباحثات مع رئيس الشرطة الاتحادية "
				+ "الألمانية ديتر فايس.\nوفي اليوم الموالي، زار المسؤول الألماني مقر المكتب المركزي للأبحاث القضائية بسلا.");
		assertThat(x.events()).hasSize(2);
		EventMention visit = x.events().stream().filter(e -> e.kind() == org.majlis.event.EventKind.VISIT).findFirst().orElseThrow();
		assertThat(x.attendees(visit)).containsExactly("ديتر فايس");
		assertThat(x.placeKey(visit.placeRef())).isEqualTo("sale");
	}

	@Test
	void shouldNotReadAVisitVerbOfTheSameDayAsAnotherGathering() {
		Extracted x = read("الرباط - أجرى المدير العام للأمن الوطني سالم فارس بومدين بالرباط مباحثات مع رئيس الشرطة الاتحادية الألمانية ديتر فايس.\n"
				+ "وزار المسؤول الألماني بعد ذلك مقر المكتب المركزي للأبحاث القضائية.");
		assertThat(x.events()).hasSize(1);
	}

	@Test
	void shouldReadTalksWhoseSubjectComesBeforeTheVerbAfterKana() {
		Extracted x = read("عمّان - أكد وزير الداخلية مازن خالد الفراية أهمية التعاون الأمني مع العراق.\n"
				+ "وكان الوزير الفراية قد أجرى في مكتبه محادثات رسمية مع وزير الداخلية العراقي كمال حسن الزيدي تناولت ضبط الحدود.");
		EventMention talks = x.events().stream().filter(e -> x.attendees(e).contains("كمال حسن الزيدي")).findFirst().orElseThrow();
		assertThat(x.attendees(talks)).containsExactlyInAnyOrder("مازن خالد الفراية", "كمال حسن الزيدي");
	}

	@Test
	void shouldReadAVisitToldOnlyByItsVerbWithTheMeetingsAndTheWelcomeInIt() {
		Extracted x = read("مدير الأمن العام يزور الدوحة\n\nزار مدير الأمن العام اللواء سالم فهد الحربي العاصمة القطرية الدوحة أمس، حيث التقى المدير العام للأمن العام "
				+ "اللواء خالد سعد المري وبحث معه تبادل الخبرات.\n"
				+ "وكان في استقبال الحربي لدى وصوله مطار حمد الدولي العميد ناصر علي الكواري.");
		EventMention visit = x.event();
		assertThat(visit.kind()).isEqualTo(EventKind.VISIT);
		assertThat(x.placeKey(visit.placeRef())).isEqualTo("doha");
		assertThat(x.attendees(visit)).contains("سالم فهد الحربي", "خالد سعد المري", "ناصر علي الكواري");
	}

	@Test
	void shouldReadAMeetingWhoseCounterpartComesAfterAnAsideOnTheMarginsOfAConference() {
		Extracted x = read("التقى وزير الداخلية اللواء سالم فهد الحربي، على هامش أعمال المؤتمر العربي الثلاثين لقادة الشرطة والأمن "
				+ "المنعقد في تونس، وزير الداخلية الجزائري كمال عمر بلقاسم.");
		EventMention meeting = x.events().stream().filter(e -> e.kind() == EventKind.MEETING).findFirst().orElseThrow();
		assertThat(x.attendees(meeting)).containsExactlyInAnyOrder("سالم فهد الحربي", "كمال عمر بلقاسم");
	}

	@Test
	void shouldReadTheMeetingAVerbOfHoldingNamesAfterItsSubjectAndTheDay() {
		Extracted x = read("عقد مدير الأمن العام اللواء سالم فهد الحربي، صباح الأحد، اجتماعا موسعا بقادة الأقاليم، بحضور نائب المدير "
				+ "العميد خالد علي الزهراني.");
		EventMention meeting = x.event();
		assertThat(x.attendees(meeting)).containsExactlyInAnyOrder("سالم فهد الحربي", "خالد علي الزهراني");
	}

	@Test
	void shouldReadOneMeetingWithEachCounterpartOfAMeetingCountedInTheDual() {
		Extracted x = read("وعقد المدير العام للأمن الوطني اللواء خالد سالم بومدين في باريس لقاءين مع وزير الداخلية الفرنسي جيرالد "
				+ "دارمانان، ووزير العدل إريك دوبون موريتي.");
		assertThat(x.events()).hasSize(2).allSatisfy(e -> assertThat(x.placeKey(e.placeRef())).isEqualTo("paris"));
		assertThat(x.events()).extracting(x::attendees).containsExactlyInAnyOrder(List.of("خالد سالم بومدين", "جيرالد دارمانان"),
				List.of("خالد سالم بومدين", "إريك دوبون موريتي"));
		assertThat(x.events()).extracting(EventMention::name).containsExactlyInAnyOrder("لقاء خالد سالم بومدين وجيرالد دارمانان",
				"لقاء خالد سالم بومدين وإريك دوبون موريتي");
	}

	@Test
	void shouldReadOneMeetingWithEachCounterpartOfASeries() {
		Extracted x = read("وأجرى المدير العام للأمن الوطني اللواء خالد سالم بومدين سلسلة من اللقاءات جمعته على التوالي بكل من السيد "
				+ "جيرالد دارمانان، وزير الداخلية الفرنسي، والسيد إريك دوبون موريتي، وزير العدل، والسيدة ماري لوفيفر، مديرة الشرطة الوطنية.");
		assertThat(x.people()).contains("خالد سالم بومدين");
		assertThat(x.events()).hasSize(3).allSatisfy(e -> assertThat(x.attendees(e)).hasSize(2).contains("خالد سالم بومدين"));
	}

	@Test
	void shouldKeepOneMeetingWithEveryoneOfAListThatCountsNoMeetings() {
		Extracted x = read("والتقى المدير العام للأمن الوطني اللواء خالد سالم بومدين بوزير الداخلية الفرنسي جيرالد دارمانان، ووزير العدل "
				+ "إريك دوبون موريتي.");
		assertThat(x.attendees(x.event())).containsExactlyInAnyOrder("خالد سالم بومدين", "جيرالد دارمانان", "إريك دوبون موريتي");
	}

	@Test
	void shouldKnowAGatheringToldAgainByItsBareNounInTheSamePlaceWithTheSamePeople() {
		Extracted x = read("اجتمع في عمّان اليوم السبت وزراء داخلية الأردن ولبنان لبحث مكافحة المخدرات.\n"
				+ "وحضر الاجتماع وزير الداخلية الأردني مازن سالم الفراية، ونظيره اللبناني بسام فهد مولوي.\n"
				+ "وأضاف الفراية، بتصريحات صحفية في اجتماع عقد في عمّان حضره وزير الداخلية اللبناني بسام فهد مولوي، أن التعاون مستمر.");
		assertThat(x.events()).singleElement().satisfies(e -> {
			assertThat(x.attendees(e)).containsExactlyInAnyOrder("مازن سالم الفراية", "بسام فهد مولوي");
			assertThat(x.placeKey(e.placeRef())).isEqualTo("amman");
		});
	}

	@Test
	void shouldMakeAMeetingASideEventOfTheGatheringALaterSentenceSaysItWasHeldOnTheMarginsOf() {
		Extracted x = read("استقبل مدير الأمن العام اللواء سالم فهد العلي، في مكتبه يوم أمس، رئيس الإنتربول اللواء أحمد ناصر الريسي.\n"
				+ "ويأتي هذا اللقاء على هامش أعمال الدورة الخامسة لمؤتمر الإنتربول الأوروبي المنعقدة في عمّان.");
		EventMention conference = x.events().stream().filter(e -> e.kind() == EventKind.CONFERENCE).findFirst().orElseThrow();
		assertThat(x.attendees(conference)).contains("سالم فهد العلي");
		EventMention meeting = x.events().stream().filter(e -> e.kind() == EventKind.MEETING).findFirst().orElseThrow();
		assertThat(x.placeKey(meeting.placeRef())).isEqualTo("amman");
	}

	@Test
	void shouldReadTheBareNounAfterTheReportedEventAsItThoughARelativeClauseTellsItInThePast() {
		Extracted x = read("عنوان\nشارك العقيد ماجد سالم الرميثي في أعمال المؤتمر الإقليمي لمكافحة المخدرات الذي عقد في عمّان يومي 4 و5 "
				+ "مارس 2025.\nوافتتح المؤتمر اللواء فيصل حمد الزعبي مدير إدارة مكافحة المخدرات الأردنية.");
		assertThat(x.event().name()).startsWith("المؤتمر الإقليمي لمكافحة المخدرات");
		assertThat(x.attendees(x.event())).containsExactlyInAnyOrder("ماجد سالم الرميثي", "فيصل حمد الزعبي");
		assertThat(x.placeKey(x.event().placeRef())).isEqualTo("amman");
		Extracted passing = read("عنوان\nانطلقت في الدوحة أعمال المؤتمر العاشر لمكافحة المخدرات بحضور العقيد سعد علي المري.\n"
				+ "وأشار إلى توصيات المؤتمر التاسع الذي عقد في مسقط.");
		assertThat(passing.event().name()).contains("العاشر");
	}

	@Test
	void shouldGiveTheTalksNamedAgainToTheMeetingThatHeldThemNotToTheLatest() {
		Extracted x = read("عنوان\nأجرى وزير الداخلية سالم فهد العلي، أمس، مباحثات مع وزير الداخلية الأردني مازن عبدالله الفراية.\n"
				+ "كما التقى العلي مدير الأمن العام اللواء عبيدالله المعايطة.\nوحضر المباحثات سفير الأردن حازم الخطيب.");
		assertThat(x.events()).hasSize(2);
		assertThat(x.attendees(x.events().get(0))).contains("حازم الخطيب");
		assertThat(x.attendees(x.events().get(1))).doesNotContain("حازم الخطيب");
	}

	@Test
	void shouldPlaceAndDateAMeetingNamedByItsNounOnTheMarginsOfAnotherAndTheMeetingAfterIt() {
		Extracted x = read("عنوان\nانطلقت اليوم في الدوحة أعمال الدورة الثالثة للمؤتمر الإقليمي للأمن السيبراني.\n"
				+ "وعلى هامش أعمال المؤتمر، عقد اللواء سالم علي الكعبي لقاء ثنائيا مع العميد خالد حمد النعيمي.\n"
				+ "كما التقى الكعبي نظيره الأردني العميد فيصل سعد الزعبي، مدير إدارة الأمن السيبراني.", PartialDate.of(2025, 3, 4));
		assertThat(x.events()).hasSize(3).allSatisfy(e -> {
			assertThat(x.placeKey(e.placeRef())).isEqualTo("doha");
			assertThat(e.start()).isEqualTo(PartialDate.of(2025, 3, 4));
		});
		assertThat(x.offices("فيصل سعد الزعبي")).singleElement().asString().startsWith("مدير @ إدارة الأمن السيبراني");
		assertThat(x.events().get(2).attendees()).allSatisfy(p -> assertThat(p.personRef()).isNotNull());
	}

	@Test
	void shouldReadAVisitByADelegationAsTheVisitOfItsHead() {
		Extracted x = read("عنوان\nزار وفد أمني أردني رفيع المستوى برئاسة اللواء عبيدالله المعايطة العاصمة العراقية بغداد، حيث التقى وزير "
				+ "الداخلية عبد الأمير الشمري.");
		assertThat(x.event().kind()).isEqualTo(EventKind.VISIT);
		assertThat(x.attendees(x.event())).contains("عبيدالله المعايطة", "عبد الأمير الشمري");
		assertThat(x.placeKey(x.event().placeRef())).isEqualTo("baghdad");
	}

	@Test
	void shouldKeepEachSideOfASentencesMeetingsInItsOwnMeeting() {
		Extracted x = read("عنوان\nالتقى وزير الداخلية سالم فهد العلي اليوم في الرياض نظيره الأردني مازن الفراية، ثم اجتمع بمدير الأمن "
				+ "العام اللواء عبيدالله المعايطة، كما بحث مع السفير الأردني حازم الخطيب سبل التعاون.", PartialDate.of(2025, 3, 4));
		assertThat(x.events()).hasSize(3);
		assertThat(x.attendees(x.events().get(0))).containsExactlyInAnyOrder("سالم فهد العلي", "مازن الفراية");
		assertThat(x.attendees(x.events().get(1))).containsExactlyInAnyOrder("سالم فهد العلي", "عبيدالله المعايطة");
		assertThat(x.attendees(x.events().get(2))).containsExactlyInAnyOrder("سالم فهد العلي", "حازم الخطيب");
	}

	@Test
	void shouldReadTheMeetingADiscussionIsHeldInAsThatMeeting() {
		Extracted x = read("عنوان\nبحث وزير الداخلية الفريق سالم راشد الحربي خلال اجتماعه أمس مع وزير الداخلية البرتغالي جواو ماركيش علاقات التعاون.");
		assertThat(x.events()).hasSize(1);
		assertThat(x.attendees(x.event())).containsExactlyInAnyOrder("سالم راشد الحربي", "جواو ماركيش");
		Extracted after = read("عنوان\nبحث وزير الداخلية الفريق سالم راشد الحربي مع وزير الداخلية البرتغالي جواو ماركيش خلال لقائهما أمس سبل التعاون.");
		assertThat(after.events()).hasSize(1);
	}

	@Test
	void shouldReadAMeetingOfAnAssemblyAsTheAssembly() {
		Extracted x = read("عنوان\nشارك المدير العام سالم راشد الحربي في أشغال الاجتماع السنوي للجمعية العامة لآلية الاتحاد الأفريقي للتعاون الشرطي "
				+ "المنعقد في أديس أبابا يومي 10 و11 ديسمبر 2024.");
		assertThat(x.events()).hasSize(1);
		assertThat(x.event().name()).startsWith("الاجتماع السنوي للجمعية العامة");
		assertThat(x.attendees(x.event())).containsExactly("سالم راشد الحربي");
		Extracted preparatory = read("عنوان\nعقد الاجتماع التحضيري للمؤتمر العربي لرؤساء أجهزة الأمن في تونس أمس.");
		assertThat(preparatory.events()).extracting(EventMention::name).contains("الاجتماع التحضيري");
	}

	@Test
	void shouldPlaceAndDateAMeetingOnTheMarginsOfAGatheringNamedByAGenericNoun() {
		Extracted x = read("عنوان\nشارك وزير الداخلية سالم الحربي، الخميس، في المؤتمر الدولي الذي احتضنته روما.\n"
				+ "وعلى هامش المؤتمر، التقى الحربي وزير الداخلية الإيطالي ماركو بيانكي.", PartialDate.of(2025, 3, 6));
		assertThat(x.events()).hasSize(2);
		EventMention side = x.events().get(1);
		assertThat(side.start()).isEqualTo(PartialDate.of(2025, 3, 6));
		assertThat(side.placeRef()).isEqualTo(x.events().get(0).placeRef()).isNotNull();
	}

	@Test
	void shouldReadAVisitToldByTheVerbThatFollowsTheDateline() {
		Extracted x = read("وزير الداخلية يزور مركز القيادة والسيطرة\nعمّان (بترا) - زار وزير الداخلية سالم الحربي، اليوم الأربعاء، مركز القيادة "
				+ "والسيطرة في مديرية الأمن العام، يرافقه مدير الأمن العام اللواء خالد سعيد الكعبي.", PartialDate.of(2025, 1, 15));
		assertThat(x.event().kind()).isEqualTo(EventKind.VISIT);
		assertThat(x.attendees(x.event())).containsExactlyInAnyOrder("سالم الحربي", "خالد سعيد الكعبي");
	}

	@Test
	void shouldReadNoGatheringInATelephoneCallButOneInAVideoMeeting() {
		assertThat(read("عنوان\nأجرى وزير الداخلية سالم راشد الحربي اتصالا هاتفيا مع نظيره البحريني خالد سعيد الكعبي بحثا خلاله التعاون.").events())
			.isEmpty();
		assertThat(read("عنوان\nبحث وزير الداخلية سالم راشد الحربي في اتصال هاتفي مع نظيره البحريني خالد سعيد الكعبي التعاون الأمني.").events())
			.isEmpty();
		assertThat(read("عنوان\nأجرى وزير الداخلية سالم راشد الحربي اتصالا مرئيا مع نظيره البحريني خالد سعيد الكعبي.").events()).hasSize(1);
	}

	@Test
	void shouldWelcomeTheOneWhoArrivedAndReadNoGatheringInAPressConference() {
		Extracted x = read("عنوان\nأجرى وزير الداخلية سالم راشد الحربي اليوم جلسة عمل مع نظيره الجزائري كريم بلعيد.\n"
				+ "وأكد الوزيران، خلال ندوة صحفية مشتركة عقب الجلسة، حرص البلدين على مكافحة التهريب.\n"
				+ "وكان بلعيد قد وصل إلى تونس أمس في زيارة عمل، وكان في استقباله بالمطار العميد خالد سعيد الكعبي.", PartialDate.of(2025, 3, 13));
		assertThat(x.events()).extracting(EventMention::name).containsExactly("لقاء سالم راشد الحربي وكريم بلعيد", "زيارة كريم بلعيد إلى تونس");
		EventMention visit = x.events().get(1);
		assertThat(x.role(visit, "كريم بلعيد")).isEqualTo("guest");
		assertThat(x.role(visit, "خالد سعيد الكعبي")).isEqualTo("host");
	}

	@Test
	void shouldReadTheDelegationsVisitOnTheNextDayAsAGatheringOfItsHead() {
		Extracted x = read("الرباط - حل بالرباط يوم الثلاثاء وفد أمني إسباني رفيع المستوى يقوده المدير العام للشرطة الوطنية الإسبانية فرانسيسكو باردو، في زيارة عمل تستغرق يومين.\n"
				+ "واستقبل المدير العام للأمن الوطني عبد اللطيف حموشي الوفد الإسباني بمقر المديرية العامة.\n"
				+ "وفي اليوم الموالي، زار الوفد الإسباني المعهد الملكي للشرطة بالقنيطرة.");
		assertThat(x.events()).hasSize(2);
		EventMention later = x.events().stream().filter(e -> e.name().contains("الوفد")).findFirst().orElseThrow();
		assertThat(x.attendees(later)).contains("فرانسيسكو باردو").doesNotContain("عبد اللطيف حموشي");
		assertThat(x.role(x.events().getFirst(), "فرانسيسكو باردو")).isEqualTo("delegation-head");
		assertThat(x.organizations()).contains("المعهد الملكي للشرطة");
	}

	@Test
	void shouldReadTheMeetingsOfABodyAsAMeetingOfTheirOwnButNotTheSessionsOfAnEvent() {
		Extracted x = read("الكويت - اختتمت اليوم في الكويت اجتماعات اللجنة الأمنية المشتركة بين الكويت والعراق برئاسة وكيل وزارة الداخلية الفريق "
				+ "سالم نواف الأحمد الصباح.");
		assertThat(x.events()).singleElement().satisfies(e -> {
			assertThat(e.name()).startsWith("اجتماعات اللجنة الأمنية المشتركة");
			assertThat(x.attendees(e)).containsExactly("سالم نواف الأحمد الصباح");
		});
		Extracted y = read("القاهرة - ترأس الوزير وفد بلاده المشارك في اجتماعات الدورة الـ 34 لمجلس وزراء الداخلية العرب.");
		assertThat(y.events()).singleElement().satisfies(e -> assertThat(e.name()).startsWith("الدورة"));
	}

	@Test
	void shouldReadTalksOnTheMarginsByTheVerbsOfTheMaghrebAndTheGulfAsMeetings() {
		Extracted x = read("الجزائر - احتضنت الجزائر اليوم أشغال الاجتماع الثالث لرؤساء أجهزة الشرطة الإفريقية.\n"
				+ "وعلى هامش الاجتماع، تحادث المدير العام للأمن الوطني علي بداوي مع قائد الشرطة الوطنية الكينية دوغلاس كانجا.\n"
				+ "كما تباحث بداوي مع المفتش العام للشرطة النيجيرية كايودي إيغبيتوكون.");
		assertThat(x.events()).hasSize(3);
		assertThat(x.events()).extracting(EventMention::name).contains("لقاء علي بداوي ودوغلاس كانجا", "لقاء علي بداوي وكايودي إيغبيتوكون");
		assertThat(x.events()).filteredOn(e -> e.name().startsWith("لقاء")).allSatisfy(e -> assertThat(x.attendees(e)).hasSize(2));
	}

	@Test
	void shouldReadTheReceptionATalkCameDuringAsThatTalkToldAgain() {
		Extracted x = read("بحث اللواء سالم علي الكعبي مع السيد بيتر هانسن مدير الشرطة الوطنية الدنماركية سبل تعزيز التعاون الأمني.\n"
				+ "جاء ذلك خلال استقبال اللواء الكعبي للمسؤول الدنماركي والوفد المرافق له في أبوظبي.\n"
				+ "حضر اللقاء العقيد راشد حمد النعيمي مدير إدارة التعاون الدولي.");
		EventMention meeting = x.event();
		assertThat(x.attendees(meeting)).containsExactlyInAnyOrder("سالم علي الكعبي", "بيتر هانسن", "راشد حمد النعيمي");
		assertThat(x.placeKey(meeting.placeRef())).isEqualTo("abu-dhabi");
		// "وجاء ذلك" reads through its conjunction
		assertThat(read("بحث اللواء سالم علي الكعبي مع السيد بيتر هانسن سبل تعزيز التعاون الأمني.\n"
				+ "وجاء ذلك لدى استقبال اللواء الكعبي للمسؤول الدنماركي في أبوظبي.").events()).hasSize(1);
	}

	@Test
	void shouldKeepTheVisitAMeetingCameDuringAsAnEventOfItsOwn() {
		Extracted x = read("التقى اللواء سالم علي الكعبي السيد بيتر هانسن مدير الشرطة الوطنية الدنماركية.\n"
				+ "جاء ذلك خلال زيارة رسمية يقوم بها اللواء الكعبي إلى كوبنهاغن.");
		assertThat(x.events()).extracting(EventMention::kind).contains(EventKind.VISIT, EventKind.MEETING);
	}

	@Test
	void shouldKeepAVisitOnTheDayAfterAReceptionAsAnEventOfItsOwnAtTheBodyVisited() {
		Extracted x = read("استقبل اللواء خالد سالم الكتبي، يوم 3 مارس 2025 في أبوظبي، السيد خوسيه مانويل غارسيا لوبيز مدير الشرطة الوطنية الإسبانية.\n"
				+ "وفي اليوم الموالي، قام السيد غارسيا لوبيز بزيارة لأكاديمية الشرطة بدبي، حيث اطلع على برامج التدريب.");
		assertThat(x.events()).extracting(EventMention::kind).containsExactlyInAnyOrder(EventKind.MEETING, EventKind.VISIT);
		EventMention visit = x.events().stream().filter(e -> e.kind() == EventKind.VISIT).findFirst().orElseThrow();
		assertThat(visit.start()).isEqualTo(PartialDate.of(2025, 3, 4));
		assertThat(x.placeKey(visit.placeRef())).isEqualTo("dubai");
		assertThat(x.attendees(visit)).containsExactly("خوسيه مانويل غارسيا لوبيز");
	}
}
