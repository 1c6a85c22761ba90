package org.majlis.learn;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.majlis.ingest.extract.participation.AttendanceModel;

/**
 * Rebuilds the shipped attendance decision, {@code src/main/resources/models/attendance.tsv}, from an annotated set
 * (../shared/dev by default): {@code ./mvnw -q -Ptrain-attendance test-compile exec:exec}. The same set gives the same
 * file, byte for byte.
 */
public final class TrainAttendance {

	private TrainAttendance() {
	}

	public static void main(String[] args) throws Exception {
		Path set = Path.of(args.length > 0 ? args[0] : "../shared/dev");
		Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/models/" + Path.of(AttendanceModel.RESOURCE).getFileName());
		Gold gold = Gold.read(set);
		AttendanceExamples examples = AttendanceExamples.of(gold);
		long attended = examples.examples().stream().filter(AttendanceExamples.Example::attended).count();
		List<String> notes = List.of(
				"The learned attendance decision: a logistic regression over the cues of AttendanceFeatures (p = sigmoid(bias + sum of",
				"weight * feature)); a person no construction of participation ties attends when p >= threshold (DecideAttendance).",
				"Do not edit: rebuilt from the annotated development set by",
				"  ./mvnw -q -Ptrain-attendance test-compile exec:exec",
				"Trained on %d articles of %d outlets, %d labelled pairs (%d attended);".formatted(gold.articles().size(), gold.byOutlet().size(),
						examples.examples().size(), attended),
				"annotation sha256 %s; L2-regularised logistic regression (LIBLINEAR), cost %s.".formatted(digest(set), AttendanceTrainer.COST));
		AttendanceModel model = AttendanceTrainer.train(examples.examples(), notes);
		Files.createDirectories(out.toAbsolutePath().getParent());
		try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			model.write(writer);
		}
		System.out.printf("wrote %s: %d features from %d examples (%d attended)%n", out, model.weights().size(), examples.examples().size(),
				attended);
	}

	/** The first 16 hex digits of the SHA-256 of the annotation and the texts, in file order. */
	static String digest(Path set) throws IOException, NoSuchAlgorithmException {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		sha.update(Files.readAllBytes(set.resolve("gold.json")));
		try (var files = Files.list(set.resolve("corpus"))) {
			for (Path file : files.sorted().toList()) {
				sha.update(Files.readAllBytes(file));
			}
		}
		return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
	}
}
