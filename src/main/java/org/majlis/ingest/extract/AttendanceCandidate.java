package org.majlis.ingest.extract;

import java.util.Map;

/**
 * A person of an article and one of its events, as the attendance decision saw them: the cues it weighed (named
 * features), whether a construction of participation tied them, and what it decided.
 *
 * @param probability the learned decision's probability that the person took part; NaN where the rules alone decided
 */
public record AttendanceCandidate(String personRef, String eventRef, Map<String, Double> features, boolean ruleLinked, double probability,
		boolean attends) {
}
