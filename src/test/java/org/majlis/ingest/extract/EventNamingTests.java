package org.majlis.ingest.extract;

import org.junit.jupiter.api.Test;
import org.majlis.event.EventKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Events keep the names a reader would give them: the headline turned into a noun phrase, the clause a verb reports. */
class EventNamingTests {

	@Test
	void shouldNameTheEventAfterItsHeadlineTurnedIntoANounPhrase() {
		EventMention e = Extracted.read("الأمين العام للمنظمة يجتمع برئيس الوزراء الليبي لمناقشة أمن الحدود\n"
				+ "اجتمع الأمين العام للمنظمة كارلوس مينديز برئيس الوزراء الليبي عبد الحميد الدبيبة في طرابلس أمس.").event();
		assertThat(e.aliases()).contains("اجتماع الأمين العام للمنظمة برئيس الوزراء الليبي");
	}

	@Test
	void shouldNameAMeetingAfterTheClauseThatReportsIt() {
		EventMention e = Extracted.read("التقى وزير الداخلية اللواء سالم علي الكعبي نظيره العماني الفريق حمود بن سالم البوسعيدي في مسقط أمس.")
			.event();
		assertThat(e.aliases()).contains("لقاء وزير الداخلية اللواء سالم علي الكعبي نظيره العماني الفريق حمود بن سالم البوسعيدي");
	}

	@Test
	void shouldNameTalksAVerbHoldsAfterTheirNoun() {
		EventMention e = Extracted.read("وأجرى الوزير سالم علي الكعبي محادثات مطولة مع مدير الشرطة الاتحادية، العميد يوهان كراوس، في برلين أمس.")
			.event();
		assertThat(e.aliases()).contains("محادثات الوزير سالم علي الكعبي مع مدير الشرطة الاتحادية، العميد يوهان كراوس");
	}

	@Test
	void shouldLeaveALabelAndThePurposeOutOfAHeadlineName() {
		EventMention e = Extracted.read("بالصور: وزير الداخلية يستقبل نظيره التونسي لتعزيز التعاون الأمني\n"
				+ "استقبل وزير الداخلية اللواء سالم علي الكعبي نظيره التونسي خالد النوري في مكتبه اليوم.").event();
		assertThat(e.aliases()).contains("استقبال وزير الداخلية نظيره التونسي");
		EventMention dots = Extracted.read("بالصور.. وزير الداخلية يستقبل نظيره التونسي\n"
				+ "استقبل وزير الداخلية اللواء سالم علي الكعبي نظيره التونسي خالد النوري في مكتبه اليوم.").event();
		assertThat(dots.aliases()).contains("استقبال وزير الداخلية نظيره التونسي");
	}

	@Test
	void shouldKeepTheAdjectivesBeforeTheOrdinalInTheName() {
		EventMention e = Extracted.read("شارك العميد سالم راشد الحربي في فعاليات الاجتماع السنوي الوزاري العام السابع والعشرين لمنظمة إيابكو في كيجالي.")
			.event();
		assertThat(e.name()).isEqualTo("الاجتماع السنوي الوزاري العام السابع والعشرين لمنظمة إيابكو");
		assertThat(e.nameEn()).isEqualTo("27th Meeting");
	}

	@Test
	void shouldNameAnEventThroughTheConstructAfterItsPreposition() {
		EventMention e = Extracted.read("انطلقت أعمال الاجتماع الإقليمي الخامس لرؤساء أجهزة مكافحة الجرائم الإلكترونية في تونس.").event();
		assertThat(e.name()).isEqualTo("الاجتماع الإقليمي الخامس لرؤساء أجهزة مكافحة الجرائم الإلكترونية");
	}

	@Test
	void shouldKeepTheGulfFormulaForTheHoldersOfAnOfficeInTheName() {
		EventMention e = Extracted.read("شارك الوزير في الاجتماع الخامس والثلاثين لأصحاب السمو والمعالي وزراء الداخلية بدول المجلس، الذي عقد في الكويت.")
			.event();
		assertThat(e.name()).isEqualTo("الاجتماع الخامس والثلاثين لأصحاب السمو والمعالي وزراء الداخلية");
	}

	@Test
	void shouldReadTheOrdinalOfASessionOfTheGeneralAssemblyAndKnowItAgainUnderAnotherName() {
		Extracted x = Extracted.read("يشارك اللواء سالم فارس بومدين في الدورة الثانية والتسعين لأشغال منظمة الإنتربول، التي تحتضنها مدينة ليون. "
				+ "والتقى اللواء سالم فارس بومدين مدير الشرطة الفرنسية، الذي تستضيف بلاده أشغال الدورة الثانية والتسعين للجمعية العامة "
				+ "لمنظمة الإنتربول.");
		EventMention assembly = x.events().stream().filter(e -> e.kind() == EventKind.GENERAL_ASSEMBLY).findFirst().orElseThrow();
		assertThat(assembly.nameEn()).isEqualTo("92nd General Assembly");
		assertThat(x.events()).filteredOn(e -> e.name().contains("الثانية والتسعين")).containsExactly(assembly);
	}

	@Test
	void shouldGoOnWithTheHoldersOfAnOfficeInConstructWithTheEventNoun() {
		assertThat(Extracted.read("وشارك الوزير في اجتماع وزراء الداخلية العرب الذي عقد في تونس.").event().name())
			.isEqualTo("اجتماع وزراء الداخلية العرب");
		assertThat(Extracted.read("وترأس الوزير وفد بلاده إلى أشغال الدورة الـ 49 لمؤتمر قادة الشرطة والأمن العرب في تونس.").event().name())
			.isEqualTo("الدورة الـ 49 لمؤتمر قادة الشرطة والأمن العرب");
		assertThat(Extracted.read("وشارك الوزير في الاجتماع الإقليمي لرؤساء وحدات مكافحة الجرائم الإلكترونية الذي عقد في عمّان.").event().name())
			.isEqualTo("الاجتماع الإقليمي لرؤساء وحدات مكافحة الجرائم الإلكترونية");
	}

	@Test
	void shouldNotJoinADefiniteNounAndTheIndefiniteSubjectAfterItIntoOneName() {
		Extracted x = Extracted.read("انطلقت في تونس أعمال الدورة الثالثة والأربعين لمجلس وزراء الداخلية العرب.\n"
				+ "وسبق انعقاد الدورة اجتماع تحضيري شارك فيه ممثلو الدول الأعضاء.");
		assertThat(x.events()).extracting(EventMention::name).contains("اجتماع تحضيري")
			.noneMatch(name -> name.startsWith("الدورة اجتماع"));
	}

	@Test
	void shouldNameAMeetingOrVisitThatOnlyItsNounNamesAfterItsPeople() {
		EventMention meeting = Extracted.read("بيروت - عقد المدير العام لقوى الأمن الداخلي اللواء سالم عيسى اجتماعا موسعا مع "
				+ "المفوض الفرنسي لوران موريل في مكتبه.").event();
		assertThat(meeting.name()).isEqualTo("اجتماع سالم عيسى ولوران موريل");
		assertThat(meeting.aliases()).contains("اجتماعا موسعا");
		EventMention visit = Extracted.read("وكان في استقبال الوزير كريم الزاهي خلال زيارته الرسمية إلى تونس المدير العام للأمن "
				+ "الوطني سالم بنعلي.").event();
		assertThat(visit.name()).isEqualTo("زيارة كريم الزاهي إلى تونس");
	}

	@Test
	void shouldKeepTheNameOfAMeetingThatSaysWhoseOrWhichItIs() {
		assertThat(Extracted.read("وحضر الوزير سالم عيسى اجتماع اللجنة في عمّان.").event().name()).isEqualTo("اجتماع اللجنة");
		assertThat(Extracted.read("وعقد المجلس برئاسة الوزير سالم عيسى اجتماعه الرابع في عمّان.").event().name())
			.isEqualTo("اجتماعه الرابع");
		assertThat(Extracted.read("تونس - شارك في الاجتماع كل من: اللواء سامي العلي، والعميد خالد الزعبي، والعقيد محمد بن سالم.").event()
			.name()).isEqualTo("الاجتماع");
	}

	@Test
	void shouldGoOnWithTheNameAfterAnAdjectiveOfRelation() {
		assertThat(Extracted.read("انطلقت في الدوحة أعمال الاجتماع السنوي لرؤساء أجهزة مكافحة المخدرات بمشاركة اللواء سالم الكعبي.")
			.event().name()).isEqualTo("الاجتماع السنوي لرؤساء أجهزة مكافحة المخدرات");
		assertThat(Extracted.read("وعقد الاجتماع التشاوري الدوري لقادة الأمن في عمّان بحضور اللواء سالم الكعبي.").event().name())
			.isEqualTo("الاجتماع التشاوري الدوري لقادة الأمن");
		assertThat(Extracted.read("وتترأس الكويت الدورة الحالية لمجلس وزراء الداخلية بحضور اللواء سالم الكعبي.").events())
			.extracting(EventMention::name).noneMatch(name -> name.startsWith("الدورة الحالية ل"));
	}

	@Test
	void shouldNameAnEventItsNounOfPossessionNamesAfterTheBodyThatHeldIt() {
		EventMention session = Extracted.read("تونس - عقد مجلس وزراء الداخلية العرب دورته الثانية والأربعين في تونس يومي 4 و5 مارس 2025، "
				+ "برئاسة وزير الداخلية سالم عيسى.").event();
		assertThat(session.name()).isEqualTo("الدورة الثانية والأربعين لمجلس وزراء الداخلية العرب");
		assertThat(session.aliases()).contains("دورته الثانية والأربعين");
		assertThat(Extracted.read("تونس - عقد مجلس وزراء الداخلية العرب اجتماعه السنوي في تونس بحضور اللواء سالم عيسى.").event().name())
			.isEqualTo("الاجتماع السنوي لمجلس وزراء الداخلية العرب");
	}

	@Test
	void shouldNotNameAGatheringWithMeetingsOnItsMarginsAfterTwoOfItsPeople() {
		Extracted x = Extracted.read("بروكسل - شارك وزير الداخلية سالم عيسى، اليوم، في الاجتماع الوزاري حول الهجرة.\n"
				+ "وعلى هامش الاجتماع، التقى عيسى وزيرة الداخلية الإسبانية مارتا غوميز.");
		assertThat(x.events()).extracting(EventMention::name).contains("الاجتماع الوزاري حول الهجرة", "لقاء سالم عيسى ومارتا غوميز");
	}

	@Test
	void shouldGoOnWithANameThroughAHyphenedAdjectiveAndWhatABodyIsConcernedWith() {
		assertThat(Extracted.read("وشارك الوزير سالم عيسى في الاجتماع الوزاري العربي-الأفريقي حول الهجرة في الرباط.").event().name())
			.isEqualTo("الاجتماع الوزاري العربي-الأفريقي حول الهجرة");
		assertThat(Extracted.read("واستضافت الشرطة اجتماع فريق الخبراء المعني بالجرائم الإلكترونية بحضور اللواء سالم عيسى.").event().name())
			.isEqualTo("اجتماع فريق الخبراء المعني بالجرائم الإلكترونية");
		Extracted trafficking = Extracted.read("واختتمت في عمّان أعمال المؤتمر الإقليمي لمكافحة الاتجار بالبشر الذي نظمته اللجنة الوطنية لمكافحة "
				+ "الاتجار بالبشر بحضور العميد سالم عيسى.");
		assertThat(trafficking.event().name()).isEqualTo("المؤتمر الإقليمي لمكافحة الاتجار بالبشر");
		assertThat(trafficking.organizations()).contains("اللجنة الوطنية لمكافحة الاتجار بالبشر");
	}

	@Test
	void shouldEndAVisitsNameAtTheVerbThatSaysHowLongItLasted() {
		assertThat(Extracted.read("عمان - اختتم مدير الأمن العام اللواء سالم عيسى زيارة عمل إلى فرنسا استمرت ثلاثة أيام.").event().name())
			.isEqualTo("زيارة عمل إلى فرنسا");
		assertThat(Extracted.read("عمان - بدأ مدير الأمن العام اللواء سالم عيسى زيارة لمصر تستغرق يومين.").event().name()).doesNotContain("تستغرق");
	}

	@Test
	void shouldKeepAPluralOfOfficesInConstructWithTheCouncilInTheName() {
		assertThat(Extracted.read("عنوان\nانطلقت اليوم في نواكشوط أعمال الدورة العادية لمجلس وزراء داخلية دول الساحل.").event().name())
			.isEqualTo("الدورة العادية لمجلس وزراء داخلية دول الساحل");
	}

	@Test
	void shouldNameAGatheringWithItsSubjectAfterHawl() {
		assertThat(Extracted.read("عنوان\nانطلقت اليوم في الرياض ورشة عمل إقليمية حول مكافحة الاتجار بالبشر بمشاركة خبراء من عشر دول.")
			.event().name()).isEqualTo("ورشة عمل إقليمية حول مكافحة الاتجار بالبشر");
		assertThat(Extracted.read("عنوان\nاختتم في ليون المؤتمر الثاني للإنتربول حول مستقبل العمل الشرطي، الذي استمر يومين.").event().name())
			.isEqualTo("المؤتمر الثاني للإنتربول حول مستقبل العمل الشرطي");
		assertThat(Extracted.read("عنوان\nانطلقت اليوم في الرياض أعمال الاجتماع الإقليمي لرؤساء أجهزة المرور.\nوتمحور النقاش في الاجتماع "
				+ "حول سبل تعزيز السلامة المرورية.").events()).singleElement();
	}

	@Test
	void shouldReadANounAndItsAdjectiveInTheAccusative() {
		assertThat(Extracted.read("عنوان\nنفذت أكاديمية الشرطة برنامجا تدريبيا حول التحقيق الجنائي الرقمي في القاهرة.").event().kind())
			.isEqualTo(EventKind.WORKSHOP);
		assertThat(Extracted.read("عنوان\nوعقد وزير الداخلية سالم راشد الحربي مؤتمرا صحفيا في الرباط اليوم.").events()).isEmpty();
	}

	@Test
	void shouldNameAnInternationalConferenceThroughItsSubject() {
		assertThat(Extracted.read("عنوان\nشارك وزير الداخلية سالم الحربي في المؤتمر الدولي حول التنمية والهجرة الذي احتضنته روما.").event().name())
			.isEqualTo("المؤتمر الدولي حول التنمية والهجرة");
	}

	@Test
	void shouldNameAVisitAfterItsVisitorNotAfterWhoeverIsNamedFirst() {
		Extracted x = Extracted.read("عنوان\nمنحت المنظمة الدولية للشرطة الجنائية الوزير سالم الحربي وساما بحضور جان دوبوا أمينها العام.\n"
				+ "جاء ذلك خلال زيارة قام بها الوزير سالم الحربي لمقر الأمانة العامة للإنتربول في ليون.");
		assertThat(x.events()).extracting(EventMention::name).contains("زيارة سالم الحربي إلى ليون");
	}

	@Test
	void shouldNotTakeTheMeansOfEndingAVisitIntoItsName() {
		Extracted x = Extracted.read("عنوان\nاختتم الوزير سالم الحربي زيارته بلقاء مع رئيس الحكومة الإسبانية بيدرو سانشيز في مدريد.");
		assertThat(x.events()).extracting(EventMention::name).noneMatch(name -> name.contains("بلقاء"));
	}
}
