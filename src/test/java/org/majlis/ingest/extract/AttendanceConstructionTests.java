package org.majlis.ingest.extract;

import org.junit.jupiter.api.Test;
import org.majlis.event.EventKind;
import org.majlis.common.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.ingest.extract.Extracted.read;

/** The constructions by which an article says who took part in an event. */
class AttendanceConstructionTests {

	@Test
	void shouldTakeWhoOpensTheEventAsAnAttendee() {
		Extracted x = read("ويفتتح الدكتور سامي عادل المرزوقي الملتقى الخليجي للأمن السيبراني غدا في المنامة.", PartialDate.of(2025, 4, 6));
		EventMention e = x.event();
		assertThat(x.attendees(e)).containsExactly("سامي عادل المرزوقي");
		assertThat(e.start()).isEqualTo(PartialDate.of(2025, 4, 7));
	}

	@Test
	void shouldTakeTheSubjectOfAVerbOfVisitingAsTheVisitorOfTheVisitTheArticleReports() {
		Extracted x = read("زار مدير الشرطة اللواء سالم فهد الحربي أمس مقر الأمانة العامة في مدينة ليون الفرنسية.\n"
				+ "وخلال الزيارة، اطلع اللواء الحربي على أنظمة تبادل المعلومات.");
		assertThat(x.role(x.event(), "سالم فهد الحربي")).isEqualTo("visitor");
	}

	@Test
	void shouldTakeWhoGivesASpeechAsASpeaker() {
		Extracted x = read("انطلقت أعمال المؤتمر الدولي للأمن السيبراني في الرياض، وألقى اللواء فهد ناصر الحربي كلمة في الجلسة الافتتاحية.");
		assertThat(x.role(x.event(), "فهد ناصر الحربي")).isEqualTo("speaker");
	}

	@Test
	void shouldTakeBothSidesOfAHandingOverOfThePresidency() {
		Extracted x = read("وشهد الاجتماع السنوي لقادة الشرطة تسليم رئاسة الدورة من اللواء ماجد سعيد الكتبي إلى اللواء يوسف علي الرميثي.");
		assertThat(x.attendees(x.event())).containsExactlyInAnyOrder("ماجد سعيد الكتبي", "يوسف علي الرميثي");
	}

	@Test
	void shouldTakeBothCoChairs() {
		Extracted x = read("ترأس الاجتماع الثنائي مناصفة العميد سالم حمد الكعبي والعقيد لوكا بيانكي.");
		assertThat(x.attendees(x.event())).containsExactlyInAnyOrder("سالم حمد الكعبي", "لوكا بيانكي");
	}

	@Test
	void shouldTakeEveryNameOfAnAttendanceList() {
		Extracted x = read("عقد الاجتماع التنسيقي في الكويت بحضور اللواء أحمد فهد العنزي والعميد خالد سالم المطيري والعقيد ناصر علي الشمري "
				+ "والمقدم بدر يوسف الرشيدي.");
		assertThat(x.attendees(x.event())).containsExactlyInAnyOrder("أحمد فهد العنزي", "خالد سالم المطيري", "ناصر علي الشمري",
				"بدر يوسف الرشيدي");
	}

	@Test
	void shouldTakeTheMembersOfADelegation() {
		Extracted x = read("قام اللواء حسن محمد الزهراني بزيارة إلى مقر الإنتربول في ليون.\nوضم الوفد العقيد طلال سعد القحطاني والرائد عمر فيصل الغامدي.");
		assertThat(x.attendees(x.event())).contains("حسن محمد الزهراني", "طلال سعد القحطاني", "عمر فيصل الغامدي");
	}

	@Test
	void shouldTakeTheHostAndTheGuestOfAReception() {
		Extracted x = read("استقبل اللواء راشد عبدالله الظاهري في مكتبه الفريق أول ميشيل لامبير قائد الدرك الوطني.");
		EventMention e = x.event();
		assertThat(x.role(e, "راشد عبدالله الظاهري")).isEqualTo("host");
		assertThat(x.role(e, "ميشيل لامبير")).isEqualTo("guest");
	}

	@Test
	void shouldTakeThePeopleASpeechIsGivenByForSpeakers() {
		Extracted x = Extracted.read("وتميزت الجلسة الافتتاحية للدورة الخامسة والعشرين للمؤتمر الإقليمي الأوروبي للإنتربول بكلمة ألقاها الأمين العام "
				+ "للمنظمة ماركو روسي، وكلمة لرئيس المنظمة سالم حمد الكعبي.");
		EventMention e = x.event();
		assertThat(e.name()).startsWith("الدورة الخامسة والعشرين");
		assertThat(x.role(e, "سالم حمد الكعبي")).isEqualTo("speaker");
		assertThat(x.rule(e, "سالم حمد الكعبي")).startsWith("participation");
	}

	@Test
	void shouldTakeTheSubjectBetweenKanaAndQadForTheSubjectOfTheVerb() {
		Extracted x = Extracted.read("استقبل وزير الداخلية اللواء سالم فهد الحربي في مكتبه سفير إيطاليا ماركو روسي.\n"
				+ "وكان الوزير قد ترأس أمس اجتماعا للقيادات الأمنية لمناقشة خطة تأمين الانتخابات.");
		EventMention meeting = x.events().stream().filter(e -> e.name().startsWith("اجتماع")).findFirst().orElseThrow();
		assertThat(x.role(meeting, "سالم فهد الحربي")).isEqualTo("chair");
		Extracted y = Extracted.read("وكان اللواء خالد علي العنزي قد شارك أمس في اجتماع لجنة التنسيق الأمني في الرياض.");
		assertThat(y.rule(y.event(), "خالد علي العنزي")).startsWith("participation");
	}

	@Test
	void shouldTakeAShortTitleInTheSameBodyForTheOnePersonWithTheFullerOne() {
		Extracted x = Extracted.read("وصلت المديرة العامة للحرس المدني ماريا غاميز أمس إلى نواكشوط في زيارة عمل. واستقبلت مديرة الحرس المدني في مقر "
				+ "إقامتها قائد الدرك الوطني اللواء سالم ولد أحمد.");
		EventMention reception = x.events().stream().filter(e -> e.kind() == EventKind.MEETING).findFirst().orElseThrow();
		assertThat(x.role(reception, "ماريا غاميز")).isEqualTo("host");
		assertThat(x.role(reception, "سالم ولد أحمد")).isEqualTo("guest");
	}

	@Test
	void shouldTakeTheHostOfTheMeetingBeforeForAMeetingVerbWithItsSubjectLeftOut() {
		Extracted x = Extracted.read("الرباط - استقبل وزير الداخلية سالم فهد العلي، اليوم، وزير الداخلية الإيطالي ماركو روسي.\n"
				+ "كما التقى الوزير الإيطالي بالمدير العام للأمن الوطني خالد ناصر الشامسي، ثم اجتمع برئيس النيابة العامة الحسن الداكي.");
		EventMention last = x.events().stream().filter(e -> x.attendees(e).contains("الحسن الداكي") && x.attendees(e).size() == 2)
			.findFirst().orElseThrow();
		assertThat(x.attendees(last)).containsExactlyInAnyOrder("ماركو روسي", "الحسن الداكي");
	}

	@Test
	void shouldTakeAFamilyNameBetweenKanaAndQadForTheSubjectOfTheVerbAfter() {
		Extracted x = read("عنوان\nاستقبل وزير الداخلية سالم فهد العلي، اليوم، رئيس الإنتربول أحمد ناصر الريسي.\n"
				+ "وكان الريسي قد وصل إلى الكويت أمس في زيارة رسمية تستغرق يومين.", PartialDate.of(2025, 3, 6));
		EventMention visit = x.events().stream().filter(e -> e.kind() == EventKind.VISIT).findFirst().orElseThrow();
		assertThat(x.attendees(visit)).contains("أحمد ناصر الريسي");
	}

	@Test
	void shouldMakeWhoHeadsADelegationItsHeadNotTheEventsChair() {
		Extracted x = read("مراكش - انطلقت اليوم أعمال الدورة الثالثة والتسعين للجمعية العامة للإنتربول برئاسة اللواء أحمد ناصر الريسي.\n"
				+ "وترأس الوفد المغربي المدير العام للأمن الوطني عبد اللطيف حموشي، فيما شارك وفد أمني سعودي برئاسة اللواء خالد سالم الحربي.");
		assertThat(x.role(x.event(), "أحمد ناصر الريسي")).isEqualTo("chair");
		assertThat(x.role(x.event(), "عبد اللطيف حموشي")).isEqualTo("delegation-head");
		assertThat(x.role(x.event(), "خالد سالم الحربي")).isEqualTo("delegation-head");
	}

	@Test
	void shouldNotMakeThePatronNamedAfterAVerbOfOpeningItsSubject() {
		Extracted x = read("بيروت - التقى المدير العام للأمن العام اللواء إلياس البيسري اليوم رئيس وفد الأردن العميد نبيل الزعبي على هامش المؤتمر الإقليمي لمكافحة تهريب المهاجرين.\n"
				+ "وكان المؤتمر قد افتتح صباح أمس برعاية رئيس الحكومة نواف سلام، بمشاركة ممثلين عن اثنتي عشرة دولة.");
		assertThat(x.people()).contains("نواف سلام");
		assertThat(x.a.events()).allSatisfy(e -> assertThat(x.attendees(e)).doesNotContain("نواف سلام"));
	}

	@Test
	void shouldReadTheGuestADinnerIsGivenInHonourOf() {
		Extracted x = read("أقام اللواء خالد سالم الكتبي مأدبة عشاء تكريما للعميد ماركو فيراري والوفد المرافق له في أبوظبي.");
		EventMention dinner = x.event();
		assertThat(x.role(dinner, "خالد سالم الكتبي")).isEqualTo("host");
		assertThat(x.role(dinner, "ماركو فيراري")).isEqualTo("guest");
		// the accusative's tanween is folded away: "تكريماً" reads as "تكريما"
		Extracted marked = read("أقام اللواء خالد سالم الكتبي مأدبة غداء تكريماً للعميد ماركو فيراري في أبوظبي.");
		assertThat(marked.role(marked.event(), "ماركو فيراري")).isEqualTo("guest");
	}

	@Test
	void shouldGiveTheMembersOfADelegationToTheGatheringItAttendsRatherThanToAMeetingOnItsMargins() {
		Extracted x = read("ترأس اللواء خالد سالم الكتبي وفد الدولة المشارك في أعمال المؤتمر الإقليمي للإنتربول الذي عقد في عمّان.\n"
				+ "وعلى هامش المؤتمر، التقى اللواء الكتبي العميد ماركو فيراري مدير الشرطة الإيطالية.\n"
				+ "وضم وفد الدولة العقيد راشد حمد النعيمي مدير إدارة التعاون الدولي.");
		EventMention conference = x.events().stream().filter(e -> e.kind() == EventKind.CONFERENCE).findFirst().orElseThrow();
		assertThat(x.role(conference, "راشد حمد النعيمي")).isEqualTo("member");
	}
}
