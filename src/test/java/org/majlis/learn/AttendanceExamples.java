package org.majlis.learn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.ArticleExtractor;
import org.majlis.ingest.extract.AttendanceCandidate;

/**
 * The labelled examples of the attendance decision: every person and event the rules read in an annotated article,
 * with the cues the decision weighs, labelled by the annotation (see {@link GoldAlignment}). Pairs the annotation
 * does not count (an optional event or attendee, a person it does not name) are left out.
 */
record AttendanceExamples(List<Example> examples) {

	record Example(String file, String outlet, Map<String, Double> features, boolean attended, boolean ruleLinked) {

		/** The example without the features whose names start with {@code prefix} (null: all kept). */
		Example without(String prefix) {
			if (prefix == null) {
				return this;
			}
			Map<String, Double> kept = new java.util.TreeMap<>(features);
			kept.keySet().removeIf(name -> name.startsWith(prefix));
			return new Example(file, outlet, kept, attended, ruleLinked);
		}
	}

	static AttendanceExamples of(Gold gold) throws IOException {
		ArticleExtractor rules = ArticleExtractor.rulesAlone();
		List<Example> out = new ArrayList<>();
		for (Gold.Article article : gold.articles().values()) {
			String text = gold.text(article.file());
			ArticleExtraction extraction = rules.extract(text, article.published());
			GoldAlignment alignment = GoldAlignment.of(extraction, article.file(), gold);
			for (AttendanceCandidate c : rules.attendance(text, article.published())) {
				Boolean attended = alignment.attended(c.personRef(), c.eventRef());
				if (attended != null) {
					out.add(new Example(article.file(), article.outlet(), c.features(), attended, c.ruleLinked()));
				}
			}
		}
		return new AttendanceExamples(List.copyOf(out));
	}

	List<Example> without(String outlet) {
		return examples.stream().filter(e -> !e.outlet().equals(outlet)).toList();
	}
}
