package org.majlis.learn;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.ArticleExtractor;

import static org.assertj.core.api.Assertions.assertThat;

/** Training labels pair what the extractor read with the annotation as the evaluation pairs the graph with it. */
class GoldAlignmentTests {

	private static final String TEXT = "استقبل اللواء ناصر علي المري مدير عام الشرطة، العميد بيتر هانسن رئيس الشرطة الدنماركية في الدوحة.\n"
			+ "وحضر اللقاء العقيد سالم راشد الحربي.";

	private static Gold gold(Set<String> attendees, Set<String> optional) {
		return new Gold(Path.of("corpus"), Map.of("a.txt", new Gold.Article("a.txt", null, "outlet")),
				List.of(new Gold.Person("marri", List.of("ناصر علي المري"), false), new Gold.Person("hansen", List.of("بيتر هانسن"), false),
						new Gold.Person("harbi", List.of("سالم الحربي", "سالم راشد الحربي"), false)),
				List.of(new Gold.Event("reception", "a.txt", List.of("استقبال مدير عام الشرطة رئيس الشرطة الدنماركية"), false, attendees, optional)));
	}

	@Test
	void shouldLabelThePairsTheAnnotationCounts() {
		ArticleExtraction x = ArticleExtractor.rulesAlone().extract(TEXT, null);
		GoldAlignment alignment = GoldAlignment.of(x, "a.txt", gold(Set.of("marri", "hansen"), Set.of("harbi")));
		String event = x.events().getFirst().ref();
		assertThat(alignment.attended(ref(x, "ناصر علي المري"), event)).isTrue();
		assertThat(alignment.attended(ref(x, "سالم راشد الحربي"), event)).as("optional").isNull();
		GoldAlignment strict = GoldAlignment.of(x, "a.txt", gold(Set.of("marri"), Set.of()));
		assertThat(strict.attended(ref(x, "بيتر هانسن"), event)).isFalse();
	}

	private static String ref(ArticleExtraction x, String name) {
		return x.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().ref();
	}
}
