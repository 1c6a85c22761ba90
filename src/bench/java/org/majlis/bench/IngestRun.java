package org.majlis.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.majlis.ingest.IngestResult;

/** The measurements of a benchmark run as it goes: the time of every article and the running totals. */
final class IngestRun {

	/** Articles in each of the windows whose means show whether the time per article stays flat. */
	static final int FLATNESS_WINDOW = 1000;

	private final long[] nanos;
	private final String startedAt = IngestReport.now();
	private final long started = System.nanoTime();
	private int measured;
	private int added;
	private int duplicates;
	private int failed;
	private long created;
	private long merged;

	IngestRun(int articles) {
		this.nanos = new long[articles];
	}

	void done(long elapsedNanos, IngestResult result) {
		nanos[measured++] = elapsedNanos;
		if (result.duplicate()) {
			duplicates++;
		}
		else {
			added++;
		}
		created += result.entitiesCreated();
		merged += result.entitiesMerged();
	}

	void failed(long elapsedNanos) {
		nanos[measured++] = elapsedNanos;
		failed++;
	}

	IngestReport report(long seed, int warmup, int peopleInPool, int window, long queries, long[] graph, String store) {
		double seconds = (System.nanoTime() - started) / 1e9;
		int size = Math.min(window, measured);
		double first = meanMillis(0, size);
		double last = meanMillis(measured - size, measured);
		Runtime runtime = Runtime.getRuntime();
		long mb = 1024 * 1024;
		return new IngestReport(startedAt, seed, warmup, measured, added, duplicates, failed, peopleInPool, round(seconds),
				round(measured / seconds), size, round(first), round(last), round(first == 0 ? 0 : last / first), created, merged,
				round(added == 0 ? 0 : (double) queries / added), graph[0], graph[1],
				(runtime.totalMemory() - runtime.freeMemory()) / mb, runtime.maxMemory() / mb, store, perThousandMeanMillis());
	}

	/** Mean per-article time of articles 1-1000, 1001-2000, ...; the last window may hold fewer. */
	private List<Double> perThousandMeanMillis() {
		List<Double> means = new ArrayList<>();
		for (int from = 0; from < measured; from += FLATNESS_WINDOW) {
			means.add(round(meanMillis(from, Math.min(from + FLATNESS_WINDOW, measured))));
		}
		return means;
	}

	private double meanMillis(int from, int to) {
		return to <= from ? 0 : Arrays.stream(nanos, from, to).average().orElse(0) / 1e6;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
