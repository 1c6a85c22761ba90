package org.majlis.common;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTests {

	@Test
	void shouldRoundTripEveryPrecision() {
		for (String text : new String[] { "2025", "2025-02", "2025-02-11", "--11-24", "--11" }) {
			assertThat(PartialDate.parse(text)).hasToString(text);
		}
	}

	@Test
	void shouldBoundTheDaysADateCanMean() {
		assertThat(PartialDate.parse("2024-02").earliest()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(PartialDate.parse("2024-02").latest()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(PartialDate.parse("2025").latest()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(PartialDate.parse("--11-24").earliest()).isNull();
	}

	@Test
	void shouldRefuseInvalidDates() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2025-02-30"));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2025-13"));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("11/02/2025"));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(""));
	}

	@Test
	void shouldGiveAYearToAYearlessDate() {
		assertThat(PartialDate.parse("--06-12").withYear(2024)).hasToString("2024-06-12");
	}
}
