package org.majlis.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/** The medians of several starts of one case: times, resident memory and each logged step. */
record StartupSummary(double readySeconds, double firstAnswerSeconds, double rssMb, Map<String, Long> stepMillis) {

	static StartupSummary of(List<StartupRun> runs) {
		Map<String, Long> steps = new LinkedHashMap<>();
		runs.stream().flatMap(run -> run.stepMillis().keySet().stream()).distinct()
			.forEach(step -> steps.put(step, Math.round(median(runs.stream().map(run -> run.stepMillis().get(step))
				.filter(Objects::nonNull).mapToDouble(Long::doubleValue).sorted().toArray()))));
		return new StartupSummary(round(median(runs, StartupRun::readySeconds)), round(median(runs, StartupRun::firstAnswerSeconds)),
				Math.round(median(runs, StartupRun::rssMb)), steps);
	}

	private static double median(List<StartupRun> runs, ToDoubleFunction<StartupRun> figure) {
		return median(runs.stream().mapToDouble(figure).sorted().toArray());
	}

	static double median(double[] sorted) {
		if (sorted.length == 0) {
			return 0;
		}
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static double round(double seconds) {
		return Math.round(seconds * 10) / 10.0;
	}
}
