package org.majlis.learn;

import java.util.ArrayList;
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
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the attendance decision: a logistic regression (Tribuo's linear SGD with the log loss, AdaGrad, a fixed seed
 * and the examples in a fixed order, so the same examples give the same weights) whose two-class weights are folded
 * into the one weight per feature that {@link AttendanceModel} reads.
 */
final class AttendanceTrainer {

	static final int EPOCHS = 20;
	static final long SEED = 20261206L;
	static final double LEARNING_RATE = 0.1;
	static final double THRESHOLD = 0.5;
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
		LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(LEARNING_RATE, 0.1), EPOCHS, Integer.MAX_VALUE, 1,
				SEED);
		LinearSGDModel model = trainer.train(data);
		AttendanceModel folded = fold(model, notes);
		for (org.tribuo.Example<Label> example : data) {
			checkFolding(model, folded, example);
		}
		return folded;
	}

	/** The folded weights must give Tribuo's own probability, or the layout of its weight matrix was misread. */
	private static void checkFolding(LinearSGDModel model, AttendanceModel folded, org.tribuo.Example<Label> example) {
		Map<String, Double> features = new TreeMap<>();
		example.forEach(f -> features.put(f.getName(), f.getValue()));
		double tribuo = model.predict(example).getOutputScores().get(YES).getScore();
		double ours = folded.probability(features);
		if (Math.abs(tribuo - ours) > 1e-6) {
			throw new IllegalStateException("folded weights give " + ours + " where Tribuo gives " + tribuo);
		}
	}

	/** Two classes' weights as one: p(attended) = sigmoid((w_attended - w_not) · x). */
	private static AttendanceModel fold(LinearSGDModel model, List<String> notes) {
		DenseMatrix w = model.getWeightsCopy();
		int yes = model.getOutputIDInfo().getID(new Label(YES));
		int no = model.getOutputIDInfo().getID(new Label(NO));
		ImmutableFeatureMap features = model.getFeatureIDMap();
		Map<String, Double> weights = new TreeMap<>();
		for (int i = 0; i < features.size(); i++) {
			String name = features.get(i).getName();
			weights.put(name, w.get(yes, i) - w.get(no, i));
		}
		int bias = features.size();
		List<String> all = new ArrayList<>(notes);
		return AttendanceModel.of(weights, w.get(yes, bias) - w.get(no, bias), THRESHOLD, all);
	}
}
