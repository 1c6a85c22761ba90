package org.majlis.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/** The catalogue's reading of report headers and its checking of parameters, without a store. */
class ReportCatalogueTests {

	private final ReportCatalogue catalogue = new ReportCatalogue();

	@Test
	void shouldReadTheTitleQuestionAndTypedParametersOfEveryReport() {
		assertThat(catalogue.all()).extracting(Report::name).containsExactly("attendance-by-topic", "co-attendance-pairs",
				"events-missing-date-or-place", "fact-sources", "most-connected-officials", "office-holders",
				"organization-presence", "people-in-country", "topic-timeline", "topic-trends");
		Report report = catalogue.get("office-holders");
		assertThat(report.title()).isEqualTo("Office holders of an organisation");
		assertThat(report.parameters()).extracting(ReportParameter::name, ReportParameter::type, ReportParameter::defaultValue)
			.containsExactly(tuple("organization", ParameterType.STRING, "org:interpol"),
					tuple("includeParts", ParameterType.BOOLEAN, false));
	}

	@Test
	void shouldDocumentTheParamCommandOfEveryReportInItsHeader() throws IOException {
		for (Report report : catalogue.all()) {
			String text = Files.readString(Path.of("cypher/reports", report.name() + ".cypher"), StandardCharsets.UTF_8);
			assertThat(text).as(report.name()).contains("// usage: " + report.paramCommand());
		}
	}

	@Test
	void shouldFillInDefaultsAndConvertGivenValues() {
		Map<String, Object> bound = catalogue.get("topic-timeline").bind(Map.of("since", "2025-01-01"));
		assertThat(bound).containsEntry("topic", "cybercrime").containsEntry("since", LocalDate.of(2025, 1, 1));
		assertThat(catalogue.get("most-connected-officials").bindText(Map.of("limit", "3"))).containsEntry("limit", 3L);
		assertThat(catalogue.get("people-in-country").bind(Map.of("minConfidence", 1))).containsEntry("minConfidence", 1.0);
	}

	@Test
	void shouldRefuseAnUnknownReportNamingTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> catalogue.get("who-knows"))
			.withMessageContaining("Unknown report who-knows").withMessageContaining("office-holders");
	}

	@Test
	void shouldRefuseAnUnknownParameterNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> catalogue.get("office-holders").bind(Map.of("org", "x")))
			.withMessage("Report office-holders has no parameter org; its parameters: organization, includeParts");
	}

	@Test
	void shouldRefuseAValueOfTheWrongTypeNamingTheParameter() {
		assertThatIllegalArgumentException().isThrownBy(() -> catalogue.get("office-holders").bind(Map.of("includeParts", "yes")))
			.withMessageContaining("Parameter includeParts of report office-holders must be true or false");
		assertThatIllegalArgumentException().isThrownBy(() -> catalogue.get("most-connected-officials").bind(Map.of("limit", 2.5)))
			.withMessageContaining("Parameter limit").withMessageContaining("whole number");
		assertThatIllegalArgumentException().isThrownBy(() -> catalogue.get("topic-timeline").bindText(Map.of("since", "2025-13")))
			.withMessageContaining("Parameter since").withMessageContaining("a date YYYY-MM-DD");
	}

	@Test
	void shouldRefuseAHeaderThatLeavesAParameterUndeclared() {
		assertThatIllegalStateException().isThrownBy(() -> ReportHeader.parse("bad", """
				// title: Bad
				// question: Which?
				// param: a Integer = 1 — a number
				MATCH (n) WHERE n.x = $a AND n.y = $b RETURN n
				""")).withMessageContaining("undeclared parameters: b");
	}

	@Test
	void shouldRefuseADefaultThatIsNotOfTheParametersType() {
		assertThatIllegalStateException().isThrownBy(() -> ReportHeader.parse("bad", """
				// title: Bad
				// question: Which?
				// param: a Integer = 'one' — a number
				RETURN $a
				""")).withMessageContaining("parameter a").withMessageContaining("not a whole number");
	}
}
