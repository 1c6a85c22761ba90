package org.majlis.curation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.majlis.common.ArabicText;

import static org.assertj.core.api.Assertions.assertThat;

/** The blocking behind duplicateCandidates, on names written for these tests. */
class NameBlocksTests {

	private static NameBlocks.Named named(String id, String... names) {
		return new NameBlocks.Named(id, List.of(names).stream().map(ArabicText::key).toList());
	}

	@Test
	void shouldRankTheSameNameAboveATransliterationAboveAFullerForm() {
		List<NameBlocks.Alike> alike = NameBlocks.alike(List.of(named("p1", "أحمد ناصر الريسي"), named("p2", "احمد ناصر الريسى"),
				named("p3", "يورغن شتوك"), named("p4", "يورجن شتوك"), named("p5", "طارق الحسن"), named("p6", "طارق بن حسن الحسن")), true);
		assertThat(alike).extracting(a -> a.a() + "-" + a.b() + " " + a.score())
			.containsExactlyInAnyOrder("p1-p2 0.9", "p3-p4 0.8", "p5-p6 0.6");
	}

	@Test
	void shouldNotProposeDifferentPeopleSharingAFamilyName() {
		assertThat(NameBlocks.alike(List.of(named("p1", "محمد خالد العبسي"), named("p2", "محمود خالد العبسي"),
				named("p3", "خالد العبسي")), true)).isEmpty();
	}

	@Test
	void shouldFindAnAliasOfOneThatIsTheNameOfTheOther() {
		assertThat(NameBlocks.alike(List.of(named("o1", "منظمة الشرطة الجنائية الدولية", "الإنتربول"), named("o2", "الانتربول")), false))
			.extracting(NameBlocks.Alike::score).containsExactly(0.9);
	}

	@Test
	void shouldLeaveOutABlockOfMoreNamesakesThanItCompares() {
		List<NameBlocks.Named> namesakes = new ArrayList<>();
		for (int i = 0; i <= NameBlocks.MAX_BLOCK; i++) {
			namesakes.add(named("e" + i, "اجتماع"));
		}
		assertThat(NameBlocks.alike(namesakes, false)).isEmpty();
		assertThat(NameBlocks.alike(namesakes.subList(0, 3), false)).hasSize(3);
	}
}
