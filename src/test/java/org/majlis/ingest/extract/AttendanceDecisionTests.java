package org.majlis.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learned attendance decision: a person named in the sentences about a gathering took part in it unless the text
 * says otherwise, where no construction of participation ties them; the rules alone do not add them.
 */
class AttendanceDecisionTests {

	private static final String REPRESENTED = "انطلقت في مدينة الدوحة اليوم أعمال المؤتمر الإقليمي الرابع لمكافحة الجرائم الإلكترونية.\n"
			+ "ومثّل دولة الكويت في المؤتمر العميد فهد سالم العنزي مدير إدارة مكافحة الجرائم الإلكترونية.";

	@Test
	void shouldTakeAPersonNamedInASentenceAboutTheGatheringAsAParticipant() {
		Extracted x = Extracted.read(REPRESENTED);
		assertThat(x.attendees(x.event())).containsExactly("فهد سالم العنزي");
	}

	@Test
	void shouldSayThatTheLearnedDecisionAddedAParticipantAndWithWhatProbability() {
		EventMention e = Extracted.read(REPRESENTED).event();
		Participant p = e.attendees().getFirst();
		assertThat(p.evidence().rule()).startsWith("learned attendance decision (p=").contains("named in a sentence about the event");
		assertThat(p.evidence().confidence()).isBetween(0.5, 1.0);
		assertThat(p.evidence().quote()).contains("ومثّل دولة الكويت");
	}

	@Test
	void shouldLeaveThatPersonOutWithTheRulesAlone() {
		ArticleExtraction a = ArticleExtractor.rulesAlone().extract(REPRESENTED, null);
		assertThat(a.events()).singleElement().satisfies(e -> assertThat(e.attendees()).isEmpty());
	}

	@Test
	void shouldNotAddAPatronOrAPersonWhoseGreetingsAreConveyed() {
		Extracted x = Extracted.read("برعاية معالي الفريق سعيد راشد الحمادي وزير الداخلية، افتتح العميد خالد ناصر الشامسي أعمال الملتقى الخليجي "
				+ "لأمن الحدود في مدينة أبوظبي.\nونقل العميد خالد ناصر الشامسي إلى المشاركين تحيات اللواء محمد سعيد المهيري وتمنياته لهم بالتوفيق.");
		assertThat(x.people()).contains("سعيد راشد الحمادي", "محمد سعيد المهيري");
		assertThat(x.attendees(x.event())).containsExactly("خالد ناصر الشامسي");
	}

	@Test
	void shouldRecordEveryPersonAndEventTheDecisionWeighed() {
		var candidates = new ArticleExtractor().attendance(REPRESENTED, null);
		assertThat(candidates).singleElement().satisfies(c -> {
			assertThat(c.ruleLinked()).isFalse();
			assertThat(c.attends()).isTrue();
			assertThat(c.features()).containsKeys("governed", "event.first");
			assertThat(c.probability()).isGreaterThanOrEqualTo(0.5);
		});
	}
}
