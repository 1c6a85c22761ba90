package org.majlis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.majlis.CommandRun;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code report} in its three formats, and its listing, over a temporary store with the demo graph. */
class ReportCommandTests {

	private static CommandRun table;
	private static CommandRun csv;
	private static CommandRun json;
	private static CommandRun list;

	@BeforeAll
	static void runTheReportsOnTheDemoGraph() throws Exception {
		Path root = Files.createDirectories(Path.of("target", "cli-tests"));
		String store = "--majlis.neo4j.embedded.data-dir=" + Files.createTempDirectory(root, "report-store-");
		String demo = "--majlis.demo.enabled=true";
		table = CommandRun.of("report", "people-in-country", store, demo);
		csv = CommandRun.of("report", "office-holders", "--format", "csv", store);
		json = CommandRun.of("report", "attendance-by-topic", "--param", "topic=cybercrime", "--param", "minConfidence=0.8",
				"--format=json", store);
		list = CommandRun.of("reports", store);
	}

	@Test
	void shouldPrintAnAlignedTableWithTheRowCount() {
		assertThat(table.exitCode()).as(table.err()).isZero();
		assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("person").contains(" | name").contains(" | place");
		assertThat(table.out()).contains("Abdellatif Hammouchi").contains("Tangier").contains("(2 rows)");
	}

	@Test
	void shouldPrintCsvWithAHeaderLineAndQuotedLists() {
		assertThat(csv.exitCode()).as(csv.err()).isZero();
		assertThat(List.of(csv.out().split("\r\n"))).hasSize(4)
			.first().isEqualTo("organization,title,titleAr,person,name,since,until,articles");
		assertThat(csv.out()).contains("person:jurgen-stock,Jürgen Stock,,,\"[\"\"article:corpus-000\"\"]\"");
	}

	@Test
	void shouldPrintJsonRowsWithTheParametersGiven() throws Exception {
		assertThat(json.exitCode()).as(json.err()).isZero();
		JsonNode rows = JsonMapper.builder().build().readTree(json.out());
		assertThat(rows).hasSize(10);
		assertThat(rows.get(0).get("person").asString()).isEqualTo("person:ahmed-naser-al-raisi");
	}

	@Test
	void shouldListTheReportsWithTheirParameters() {
		assertThat(list.exitCode()).as(list.err()).isZero();
		assertThat(list.out()).contains("office-holders — Office holders of an organisation")
			.contains("--param includeParts=… (Boolean, default false)");
	}

	@Test
	void shouldRefuseAnUnknownParameterBeforeStartingAnything() {
		CommandRun run = CommandRun.of("report", "office-holders", "--param", "org=x");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("Report office-holders has no parameter org");
	}
}
