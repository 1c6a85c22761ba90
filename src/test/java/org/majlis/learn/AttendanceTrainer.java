package org.majlis.learn;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.majlis.ingest.extract.participation.AttendanceModel;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the attendance decision: an L2-regularised logistic regression (Tribuo's LIBLINEAR, the primal trust-region
 * Newton solver run to a tight tolerance, so the weights are the one optimum of a convex loss: the same examples give
 * the same weights, and a few more or fewer examples move them a little, not the decisions near p = 0.5 at random).
 * It learns from every labelled pair, those a construction of participation links too, over cues that do not include
 * that link; its weights are read by {@link AttendanceModel}.
 */
final class AttendanceTrainer {

	/**
	 * The weight of the data against the L2 penalty: 0.3, a stronger penalty than LIBLINEAR's default 1.0. With 1.0 a
	 * rule change that moved one mention in each of two texts swung the weight of {@code event.mentions} from 0.98 to
	 * 0.23; the cross-validation on 2026-12-07 gave 0.3 attendance 0.892 against 0.889 for 1.0, the graph tied (0.917).
	 */
	static final double COST = 0.3;
	/**
	 * The probability from which the decision adds an attendee: chosen by the cross-validation's sweep
	 * ({@code bench/results/extraction-cv.md}), where from 0.5 to 0.7 precision rose by five points and recall fell by
	 * two. 0.8 gave a better F1 of the labelled pairs on 2026-12-07 (0.905 against 0.894), but the cross-validated graph
	 * tied (attendance 0.888 against 0.887) with less recall, which is what unseen news lacks most; 0.7 stays.
	 */
	static final double THRESHOLD = 0.7;
	private static final double TOLERANCE = 1e-6;
	private static final int MAX_ITERATIONS = 10_000;
	private static final String YES = "attended";
	private static final String NO = "not";

	private AttendanceTrainer() {
	}

	static AttendanceModel train(List<AttendanceExamples.Example> examples, List<String> notes) {
		Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
		LabelFactory labels = new LabelFactory();
		MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("attendance", labels), labels);
		for (AttendanceExamples.Example e : examples) {
			Map<String, Double> sorted = new TreeMap<>(e.features());
			String[] names = sorted.keySet().toArray(String[]::new);
			double[] values = sorted.values().stream().mapToDouble(Double::doubleValue).toArray();
			data.add(new ArrayExample<>(new Label(e.attended() ? YES : NO), names, values));
		}
		LibLinearClassificationTrainer trainer = new LibLinearClassificationTrainer(
				new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), COST, MAX_ITERATIONS, TOLERANCE);
		LibLinearClassificationModel model = (LibLinearClassificationModel) trainer.train(data);
		AttendanceModel folded = fold(model, notes);
		for (org.tribuo.Example<Label> example : data) {
			checkFolding(model, folded, example);
		}
		return folded;
	}

	/** The folded weights must give Tribuo's own probability, or the layout of LIBLINEAR's weights was misread. */
	private static void checkFolding(LibLinearClassificationModel model, AttendanceModel folded, org.tribuo.Example<Label> example) {
		Map<String, Double> features = new TreeMap<>();
		example.forEach(f -> features.put(f.getName(), f.getValue()));
		double tribuo = model.predict(example).getOutputScores().get(YES).getScore();
		double ours = folded.probability(features);
		if (Math.abs(tribuo - ours) > 1e-6) {
			throw new IllegalStateException("folded weights give " + ours + " where Tribuo gives " + tribuo);
		}
	}

	/**
	 * LIBLINEAR's one weight vector of a two-class model, for its first label, as the weights of "attended":
	 * p(attended) = sigmoid(w · x + bias), the bias being the weight of LIBLINEAR's constant feature.
	 */
	private static AttendanceModel fold(LibLinearClassificationModel model, List<String> notes) {
		de.bwaldvogel.liblinear.Model inner = model.getInnerModels().get(0);
		double[] w = inner.getFeatureWeights();
		double sign = inner.getLabels()[0] == model.getOutputIDInfo().getID(new Label(YES)) ? 1 : -1;
		ImmutableFeatureMap features = model.getFeatureIDMap();
		Map<String, Double> weights = new TreeMap<>();
		for (int i = 0; i < features.size(); i++) {
			weights.put(features.get(i).getName(), sign * w[i]);
		}
		double bias = inner.getBias() > 0 ? sign * w[features.size()] * inner.getBias() : 0;
		return AttendanceModel.of(weights, bias, THRESHOLD, notes);
	}
}
