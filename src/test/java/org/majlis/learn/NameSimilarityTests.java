package org.majlis.learn;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation's name similarity, which the training labels pair names by (../shared/eval/score.py). */
class NameSimilarityTests {

	@Test
	void shouldIgnoreRanksHonorificsAndOrthography() {
		assertThat(NameSimilarity.of("اللواء أحمد ناصر الريسي", "احمد ناصر الريسى", false)).isEqualTo(1.0);
		assertThat(NameSimilarity.of("عبد الله سالم", "عبدالله سالم", false)).isEqualTo(1.0);
	}

	@Test
	void shouldScoreCliticsSubsetsAndOverlapAsTheEvaluationDoes() {
		assertThat(NameSimilarity.of("وزارة الداخلية", "الداخلية وزارة", false)).isEqualTo(0.95);
		assertThat(NameSimilarity.of("وزارة الداخلية", "بوزارة الداخلية", false)).as("score.py strips و from وزارة").isEqualTo(1 / 3.0);
		assertThat(NameSimilarity.of("طارق الحسن", "طارق بن حسن الحسن", false)).isEqualTo(0.9);
		assertThat(NameSimilarity.of("الإنتربول", "منظمة الإنتربول", false)).isEqualTo(0.5);
		assertThat(NameSimilarity.of("الإنتربول", "منظمة الإنتربول", true)).isEqualTo(0.9);
		assertThat(NameSimilarity.of("", "الإنتربول", true)).isZero();
	}
}
