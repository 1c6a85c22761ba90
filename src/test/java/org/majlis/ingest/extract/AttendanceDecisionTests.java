package org.majlis.ingest.extract;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.ingest.extract.participation.AttendanceModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learned attendance decision: a person named in the sentences about a gathering took part in it unless the text
 * says otherwise, where no construction of participation ties them; the rules alone do not add them. The decisions are
 * tested with models of known weights, so that they show the mechanism whatever the training gives; the shipped model's
 * quality is measured by cross-validation (bench/results/extraction-cv.md).
 */
class AttendanceDecisionTests {

	/** Weighs being named in a sentence that reports the event, and nothing else. */
	private static final AttendanceModel GOVERNED = AttendanceModel.of(Map.of("governed", 4.0), -2.0, 0.5, List.of());
	/** Would add everyone. */
	private static final AttendanceModel EVERYONE = AttendanceModel.of(Map.of(), 5.0, 0.5, List.of());

	private static final String REPRESENTED = "انطلقت في مدينة الدوحة اليوم أعمال المؤتمر الإقليمي الرابع لمكافحة الجرائم الإلكترونية.\n"
			+ "ومثّل دولة الكويت في المؤتمر العميد فهد سالم العنزي مدير إدارة مكافحة الجرائم الإلكترونية.";

	@Test
	void shouldTakeAPersonNamedInASentenceAboutTheGatheringAsAParticipant() {
		ArticleExtraction a = new ArticleExtractor(GOVERNED).extract(REPRESENTED, null);
		assertThat(a.events()).singleElement().satisfies(e -> assertThat(e.attendees()).extracting(Participant::personRef)
			.containsExactly(a.people().getFirst().ref()));
	}

	@Test
	void shouldSayThatTheLearnedDecisionAddedAParticipantAndWithWhatProbability() {
		EventMention e = new ArticleExtractor(GOVERNED).extract(REPRESENTED, null).events().getFirst();
		Participant p = e.attendees().getFirst();
		assertThat(p.evidence().rule()).startsWith("learned attendance decision (p=").contains("named in a sentence about the event");
		assertThat(p.evidence().rule()).contains("p=0.88");
		assertThat(p.evidence().confidence()).isCloseTo(1 / (1 + Math.exp(-2.0)), org.assertj.core.api.Assertions.within(1e-9));
		assertThat(p.evidence().quote()).contains("ومثّل دولة الكويت");
	}

	@Test
	void shouldLeaveThatPersonOutWithTheRulesAlone() {
		ArticleExtraction a = ArticleExtractor.rulesAlone().extract(REPRESENTED, null);
		assertThat(a.events()).singleElement().satisfies(e -> assertThat(e.attendees()).isEmpty());
	}

	@Test
	void shouldNotAddAPatronOrAPersonWhoseGreetingsAreConveyed() {
		ArticleExtraction a = new ArticleExtractor(EVERYONE).extract("برعاية معالي الفريق سعيد راشد الحمادي وزير الداخلية، افتتح العميد خالد ناصر الشامسي أعمال الملتقى الخليجي "
				+ "لأمن الحدود في مدينة أبوظبي.\nونقل العميد خالد ناصر الشامسي إلى المشاركين تحيات اللواء محمد سعيد المهيري وتمنياته لهم بالتوفيق.",
				null);
		assertThat(a.people()).extracting(PersonMention::name).contains("سعيد راشد الحمادي", "محمد سعيد المهيري");
		assertThat(a.events()).singleElement().satisfies(e -> assertThat(e.attendees()).extracting(Participant::personRef)
			.containsExactly(a.people().stream().filter(p -> p.name().equals("خالد ناصر الشامسي")).findFirst().orElseThrow().ref()));
	}

	@Test
	void shouldNotAddAPersonUnderWhoseSupervisionTheEventIsHeld() {
		ArticleExtraction a = new ArticleExtractor(EVERYONE).extract("تحت إشراف رئيس الجمهورية سالم فهد العلي، انطلقت أعمال الدورة الخامسة لمؤتمر "
				+ "قادة الشرطة في العاصمة، بمشاركة العميد خالد ناصر الشامسي.", null);
		assertThat(a.events()).singleElement().satisfies(e -> assertThat(e.attendees()).extracting(Participant::personRef)
			.containsExactly(a.people().stream().filter(p -> p.name().equals("خالد ناصر الشامسي")).findFirst().orElseThrow().ref()));
	}

	@Test
	void shouldRecordEveryPersonAndEventTheDecisionWeighed() {
		var candidates = new ArticleExtractor(GOVERNED).attendance(REPRESENTED, null);
		assertThat(candidates).singleElement().satisfies(c -> {
			assertThat(c.ruleLinked()).isFalse();
			assertThat(c.attends()).isTrue();
			assertThat(c.features()).containsKeys("governed", "events=1");
			assertThat(c.probability()).isCloseTo(1 / (1 + Math.exp(-2.0)), org.assertj.core.api.Assertions.within(1e-9));
		});
	}

	@Test
	void shouldAddNoOneNamedOnlyAfterAPastEventTheArticleRecalls() {
		String text = "عمان - استقبل وزير الداخلية سالم العمري، اليوم، نظيره العراقي كريم الساعدي.\n"
				+ "وأشاد الساعدي بنتائج الاجتماع الأمني الثلاثي الذي عقد في بغداد الشهر الماضي بمشاركة وزير الداخلية المصري خالد منصور.";
		ArticleExtraction rules = ArticleExtractor.rulesAlone().extract(text, null);
		ArticleExtraction everyone = new ArticleExtractor(EVERYONE).extract(text, null);
		for (ArticleExtraction a : List.of(rules, everyone)) {
			String mansour = a.people().stream().filter(p -> p.name().equals("خالد منصور")).findFirst().orElseThrow().ref();
			assertThat(a.events()).singleElement().satisfies(e -> assertThat(e.attendees()).extracting(Participant::personRef)
				.doesNotContain(mansour));
		}
	}

	@Test
	void shouldNotAddAPersonWhoseWordsSaidElsewhereAreQuoted() {
		Extracted x = Extracted.read("عنوان\nافتتح وزير الداخلية سالم راشد الحربي اليوم أعمال المؤتمر الدولي لمكافحة المخدرات في الكويت.\n"
				+ "واستشهد الحربي بما قاله الرئيس الأسبق لمكتب الأمم المتحدة المعني بالمخدرات والجريمة يوري فيدوتوف من أن المخدرات تهدد التنمية.");
		assertThat(x.attendees(x.event())).containsExactly("سالم راشد الحربي");
	}
}
