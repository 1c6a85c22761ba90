package org.majlis.ingest.extract.participation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AttendanceModelTests {

	private final AttendanceModel model = AttendanceModel.of(Map.of("rule", 2.0, "cue=patron", -3.0), -0.5, 0.6, List.of("a note"));

	@Test
	void shouldGiveTheLogisticOfTheWeightedFeatures() {
		assertThat(model.probability(Map.of())).isCloseTo(1 / (1 + Math.exp(0.5)), within(1e-12));
		assertThat(model.probability(Map.of("rule", 1.0, "unknown", 5.0))).isCloseTo(1 / (1 + Math.exp(-1.5)), within(1e-12));
		assertThat(model.attends(model.probability(Map.of("rule", 1.0)))).isTrue();
		assertThat(model.attends(model.probability(Map.of("rule", 1.0, "cue=patron", 1.0)))).isFalse();
	}

	@Test
	void shouldReadWhatItWritesByteForByte() throws IOException {
		String written = write(model);
		AttendanceModel read = AttendanceModel.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
		assertThat(write(read)).isEqualTo(written);
		assertThat(written).startsWith("# a note\nfeature\tweight\n(bias)\t-0.500000\n(threshold)\t0.600000\n");
		assertThat(read.threshold()).isEqualTo(0.6);
	}

	@Test
	void shouldShipAModelOverTheCuesTheDecisionComputes() {
		AttendanceModel shipped = AttendanceModel.shipped();
		assertThat(shipped.weights()).containsKeys("governed", "distance=0", "cue=said").doesNotContainKey("rule");
		assertThat(shipped.threshold()).isBetween(0.0, 1.0);
	}

	private static String write(AttendanceModel m) throws IOException {
		StringWriter out = new StringWriter();
		m.write(out);
		return out.toString();
	}
}
