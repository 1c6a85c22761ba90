package org.majlis.ingest.extract.participation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The learned attendance decision: a logistic regression over the named cues of {@link AttendanceFeatures}, trained
 * from the development annotation and kept as a small text file ({@value #RESOURCE}: one weight per feature, the bias
 * and the threshold), so that a reader can see what it weighs and a rebuild can be compared line by line. The service
 * only reads it; the training command writes it (docs/ingestion.md, "The learned attendance decision").
 */
public final class AttendanceModel {

	/** The model the service uses, on the class path. */
	public static final String RESOURCE = "models/attendance.tsv";
	private static final String BIAS = "(bias)";
	private static final String THRESHOLD = "(threshold)";

	private final Map<String, Double> weights;
	private final double bias;
	private final double threshold;
	private final List<String> notes;

	private AttendanceModel(Map<String, Double> weights, double bias, double threshold, List<String> notes) {
		this.weights = Map.copyOf(weights);
		this.bias = bias;
		this.threshold = threshold;
		this.notes = List.copyOf(notes);
	}

	/**
	 * A model of the weights given.
	 *
	 * @param notes comment lines written at the head of the file (how it was trained, from what)
	 */
	public static AttendanceModel of(Map<String, Double> weights, double bias, double threshold, List<String> notes) {
		return new AttendanceModel(weights, bias, threshold, notes);
	}

	/** The model shipped with the service ({@value #RESOURCE}). */
	public static AttendanceModel shipped() {
		InputStream in = AttendanceModel.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IllegalStateException(RESOURCE + " is not on the class path");
		}
		try (in) {
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads a model written by {@link #write}. */
	public static AttendanceModel read(InputStream in) throws IOException {
		Map<String, Double> weights = new TreeMap<>();
		List<String> notes = new ArrayList<>();
		double bias = 0;
		double threshold = 0.5;
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		boolean header = true;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (line.startsWith("#")) {
				notes.add(line.substring(1).strip());
				continue;
			}
			if (line.isBlank()) {
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			String[] cells = line.split("\t");
			double value = Double.parseDouble(cells[1]);
			switch (cells[0]) {
				case BIAS -> bias = value;
				case THRESHOLD -> threshold = value;
				default -> weights.put(cells[0], value);
			}
		}
		return new AttendanceModel(weights, bias, threshold, notes);
	}

	/** Writes the model as {@link #read} reads it: notes, then one line per weight in the order of the names. */
	public void write(Writer out) throws IOException {
		for (String note : notes) {
			out.write("# " + note + "\n");
		}
		out.write("feature\tweight\n");
		out.write(BIAS + "\t" + number(bias) + "\n");
		out.write(THRESHOLD + "\t" + number(threshold) + "\n");
		for (Map.Entry<String, Double> w : new TreeMap<>(weights).entrySet()) {
			out.write(w.getKey() + "\t" + number(w.getValue()) + "\n");
		}
	}

	/** The probability that the person took part, from the named features (absent ones are zero). */
	public double probability(Map<String, Double> features) {
		double z = bias;
		for (Map.Entry<String, Double> f : features.entrySet()) {
			z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
		}
		return 1 / (1 + Math.exp(-z));
	}

	public boolean attends(double probability) {
		return probability >= threshold;
	}

	public double threshold() {
		return threshold;
	}

	public Map<String, Double> weights() {
		return weights;
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.6f", value);
	}
}
