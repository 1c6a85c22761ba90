package org.majlis.learn;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.ingest.extract.participation.AttendanceModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AttendanceTrainerTests {

	/** Attended exactly when the cue "x" is there; "noise" says nothing. Enough of them that the L2 penalty does not hold "x" back. */
	private static List<AttendanceExamples.Example> examples() {
		List<AttendanceExamples.Example> out = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			boolean x = i % 2 == 0;
			Map<String, Double> f = x ? Map.of("x", 1.0, "noise", (double) (i % 3)) : Map.of("noise", (double) (i % 3));
			out.add(new AttendanceExamples.Example("f" + i, "o" + (i % 4), f, x, false));
		}
		return out;
	}

	@Test
	void shouldLearnACueThatDecides() {
		AttendanceModel model = AttendanceTrainer.train(examples(), List.of());
		assertThat(model.probability(Map.of("x", 1.0))).isGreaterThan(0.75);
		assertThat(model.probability(Map.of())).isLessThan(0.25);
	}

	@Test
	void shouldTrainTheSameModelFromTheSameExamples() throws IOException {
		assertThat(text(AttendanceTrainer.train(examples(), List.of("n")))).isEqualTo(text(AttendanceTrainer.train(examples(), List.of("n"))));
	}

	/** The shipped model is what its documented command makes from the development set, byte for byte. */
	@Test
	void shouldShipTheModelThatTheTrainingCommandMakesFromTheDevelopmentSet() throws Exception {
		Path dev = Path.of("../shared/dev");
		assumeTrue(Files.isRegularFile(dev.resolve("gold.json")), "../shared/dev is not here");
		Path out = Files.createTempFile("attendance-", ".tsv");
		TrainAttendance.main(new String[] { dev.toString(), out.toString() });
		assertThat(Files.readString(out)).as("rebuild with ./mvnw -q -Ptrain-attendance test-compile exec:exec")
			.isEqualTo(Files.readString(Path.of("src/main/resources/models/attendance.tsv")));
	}

	private static String text(AttendanceModel model) throws IOException {
		StringWriter out = new StringWriter();
		model.write(out);
		return out.toString();
	}
}
