package org.majlis.curation;

import java.util.List;

/** Two node ids that probably name one entity, the score (0–1, higher is likelier) and why. */
public record CandidatePair(String a, String b, double score, List<String> reasons) {
}
