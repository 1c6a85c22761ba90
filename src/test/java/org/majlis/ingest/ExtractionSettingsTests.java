package org.majlis.ingest;

import org.junit.jupiter.api.Test;
import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.ArticleExtractor;
import org.majlis.ingest.extract.AttendanceCandidate;
import org.majlis.ingest.extract.Participant;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code majlis.extraction.attendance} chooses who decides attendance: the shipped model by default, or the rules alone. */
class ExtractionSettingsTests {

	private static final String REPRESENTED = "انطلقت في مدينة الدوحة اليوم أعمال المؤتمر الإقليمي الرابع لمكافحة الجرائم الإلكترونية.\n"
			+ "ومثّل دولة الكويت في المؤتمر العميد فهد سالم العنزي مدير إدارة مكافحة الجرائم الإلكترونية.";

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(IngestService.ExtractorConfiguration.class);

	@Test
	void shouldLetTheShippedModelWeighAPersonNoConstructionTies() {
		context.run(app -> {
			ArticleExtractor extractor = app.getBean(ArticleExtractor.class);
			AttendanceCandidate weighed = extractor.attendance(REPRESENTED, null).getFirst();
			assertThat(weighed.ruleLinked()).isFalse();
			assertThat(weighed.probability()).isBetween(0.0, 1.0);
			assertThat(attendanceEvidence(extractor)).as("the extraction follows the model's decision")
				.hasSize(weighed.attends() ? 1 : 0).allMatch(rule -> rule.startsWith("learned attendance decision"));
		});
	}

	@Test
	void shouldLeaveAttendanceToTheRulesWhenAskedTo() {
		context.withPropertyValues("majlis.extraction.attendance=rules").run(app -> {
			ArticleExtractor extractor = app.getBean(ArticleExtractor.class);
			assertThat(extractor.attendance(REPRESENTED, null)).singleElement().satisfies(c -> assertThat(c.probability()).isNaN());
			assertThat(attendanceEvidence(extractor)).isEmpty();
		});
	}

	@Test
	void shouldRefuseToStartWithAnUnknownDecision() {
		context.withPropertyValues("majlis.extraction.attendance=oracle")
			.run(app -> assertThat(app).hasFailed());
	}

	private static java.util.List<String> attendanceEvidence(ArticleExtractor extractor) {
		ArticleExtraction a = extractor.extract(REPRESENTED, null);
		return a.events().getFirst().attendees().stream().map(Participant::evidence).map(e -> e.rule()).toList();
	}
}
