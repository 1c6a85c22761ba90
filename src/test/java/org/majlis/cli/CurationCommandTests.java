package org.majlis.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.majlis.CommandRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curation commands over temporary stores: duplicates proposes the two spellings, merge joins them, and a
 * second store ingesting the same articles from scratch comes back with the merge once the export is applied.
 */
class CurationCommandTests {

	private static CommandRun duplicates;
	private static CommandRun merged;
	private static CommandRun exported;
	private static CommandRun applied;
	private static CommandRun appliedAgain;
	private static CommandRun listed;
	private static String export;
	private static String survivor;
	private static String first;

	@BeforeAll
	static void curateOneStoreAndApplyItsCurationsToAnother() throws Exception {
		Path root = Files.createDirectories(Path.of("target", "cli-tests"));
		Path articles = Files.createTempDirectory(root, "curation-articles-");
		Files.writeString(articles.resolve("one.txt"), "شارك العميد سلطان محمد جالي في اجتماع إقليمي عقد في مدينة العين يوم 3 مارس 2025.",
				StandardCharsets.UTF_8);
		Files.writeString(articles.resolve("two.txt"), "حضر العميد سلطان غالي مؤتمرا أمنيا في مدينة الفجيرة يوم 9 مارس 2025.",
				StandardCharsets.UTF_8);
		first = "--majlis.neo4j.embedded.data-dir=" + Files.createTempDirectory(root, "curation-store-");
		String second = "--majlis.neo4j.embedded.data-dir=" + Files.createTempDirectory(root, "curation-store-");
		Path file = root.resolve(articles.getFileName() + ".jsonl");
		assertThat(CommandRun.of("ingest", articles.toString(), first, "--majlis.demo.enabled=false").exitCode()).isZero();
		duplicates = CommandRun.of("duplicates", "Person", first);
		List<String> pair = ids(duplicates.out().lines().findFirst().orElse(""));
		survivor = pair.get(0);
		merged = CommandRun.of("merge", survivor, pair.get(1), "--note", "one officer", "--by", "analyst-1", first);
		exported = CommandRun.of("curations", "--export", file.toString(), first);
		export = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(CommandRun.of("ingest", articles.toString(), second, "--majlis.demo.enabled=false").exitCode()).isZero();
		applied = CommandRun.of("curations", "--apply", file.toString(), second);
		appliedAgain = CommandRun.of("curations", "--apply", file.toString(), second);
		listed = CommandRun.of("curations", second);
	}

	/** The two person ids of a line of the duplicates command. */
	private static List<String> ids(String line) {
		return List.of(line.split("\\s+")).stream().filter(word -> word.startsWith("person:")).toList();
	}

	@Test
	void shouldProposeTheTwoSpellingsAsDuplicatesWithTheTimeTaken() {
		assertThat(duplicates.exitCode()).as(duplicates.err()).isZero();
		assertThat(ids(duplicates.out().lines().findFirst().orElseThrow())).hasSize(2);
		assertThat(duplicates.out()).contains("a fuller form of the same name").containsPattern("\\(1 pairs in \\d+ ms\\)");
	}

	@Test
	void shouldMergeAndExportTheCurationAsJsonLines() {
		assertThat(merged.exitCode()).as(merged.err()).isZero();
		assertThat(merged.out()).contains("merge").contains("by analyst-1").contains("one officer");
		assertThat(exported.exitCode()).as(exported.err()).isZero();
		assertThat(export.lines()).hasSize(1);
		assertThat(export).contains("\"action\":\"merge\"").contains("\"by\":\"analyst-1\"").contains("\"note\":\"one officer\"");
	}

	@Test
	void shouldApplyTheExportToAStoreReIngestedFromScratchOnce() {
		assertThat(applied.exitCode()).as(applied.err()).isZero();
		assertThat(applied.out()).contains("1 applied, 0 skipped");
		assertThat(appliedAgain.out()).contains("0 applied, 1 skipped").contains("applied already");
		assertThat(listed.exitCode()).as(listed.err()).isZero();
		assertThat(listed.out()).contains("merge").contains("by analyst-1").contains("one officer");
	}

	@Test
	void shouldRefuseAMergeOfAnUnknownNode() {
		CommandRun refused = CommandRun.of("merge", survivor, "person:nobody-at-all", first);
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.err()).as("the survivor of the merge is known, the other is not").contains("No Person has the id person:nobody-at-all");
	}
}
