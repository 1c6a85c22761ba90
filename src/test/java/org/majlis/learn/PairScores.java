package org.majlis.learn;

import java.util.Locale;

/** Precision, recall and F1 of attendance decisions over labelled pairs. */
record PairScores(int tp, int fp, int fn) {

	static PairScores of(Iterable<Boolean[]> decidedAndTrue) {
		int tp = 0;
		int fp = 0;
		int fn = 0;
		for (Boolean[] pair : decidedAndTrue) {
			boolean decided = pair[0];
			boolean truth = pair[1];
			tp += decided && truth ? 1 : 0;
			fp += decided && !truth ? 1 : 0;
			fn += !decided && truth ? 1 : 0;
		}
		return new PairScores(tp, fp, fn);
	}

	double precision() {
		return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
	}

	double recall() {
		return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
	}

	double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "F1 %.3f (precision %.3f, recall %.3f; tp %d, fp %d, fn %d)", f1(), precision(), recall(), tp, fp, fn);
	}
}
