package org.majlis.bench.synthetic;

import java.util.Arrays;
import java.util.Random;

/**
 * Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^exponent, as mentions in news are spread: a few
 * officials and bodies appear again and again, most only a few times.
 */
final class Zipf {

	private final double[] cumulative;

	Zipf(int n, double exponent) {
		cumulative = new double[n];
		double total = 0;
		for (int i = 0; i < n; i++) {
			total += 1 / Math.pow(i + 1, exponent);
			cumulative[i] = total;
		}
	}

	int next(Random random) {
		double target = random.nextDouble() * cumulative[cumulative.length - 1];
		int found = Arrays.binarySearch(cumulative, target);
		return Math.min(found >= 0 ? found : -found - 1, cumulative.length - 1);
	}

	int size() {
		return cumulative.length;
	}
}
