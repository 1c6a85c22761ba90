package org.majlis.bench;

import java.util.Arrays;

/**
 * The latencies of a run of requests and its throughput.
 *
 * @param requests requests that answered
 * @param errors requests that failed (not in the percentiles)
 * @param firstError the first failure's message, or null
 */
record Latencies(int requests, int errors, double p50Ms, double p95Ms, double p99Ms, double meanMs, double requestsPerSecond,
		String firstError) {

	static Latencies of(long[] nanos, int answered, int errors, double wallSeconds, String firstError) {
		long[] sorted = Arrays.copyOf(nanos, answered);
		Arrays.sort(sorted);
		return new Latencies(answered, errors, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
				round(answered == 0 ? 0 : Arrays.stream(sorted).average().orElse(0) / 1e6),
				round(wallSeconds <= 0 ? 0 : answered / wallSeconds), firstError);
	}

	/** Nearest-rank percentile in milliseconds. */
	private static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return round(sorted[Math.max(0, rank - 1)] / 1e6);
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
