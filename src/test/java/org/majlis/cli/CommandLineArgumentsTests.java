package org.majlis.cli;

import org.junit.jupiter.api.Test;
import org.majlis.CommandRun;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** Dispatch, help and usage errors: none of them starts the application. */
class CommandLineArgumentsTests {

	@Test
	void shouldTreatOnlyCommandNamesAsCommands() {
		assertThat(CommandLauncher.isCommand()).isFalse();
		assertThat(CommandLauncher.isCommand("--majlis.neo4j.embedded.data-dir=./data", "--server.port=8081")).isFalse();
		assertThat(CommandLauncher.isCommand("ingest", "corpus")).isTrue();
		assertThat(CommandLauncher.isCommand("--majlis.demo.enabled=true", "extract")).isTrue();
		assertThat(CommandLauncher.isCommand("bench-ingest")).as("a command of the benchmark, not of the service").isFalse();
		assertThat(CommandLauncher.isCommand("serve")).isFalse();
	}

	@Test
	void shouldPassSpringSettingsThroughAndKeepTheCommandsOwnOptions() {
		CommandLine root = new CommandLine(new MajlisCommand());
		String[] args = { "extract", "--format=json", "--spring.neo4j.uri=neo4j://db:7687", "--published-at", "2025-03-02", "a.txt" };
		SpringArguments split = SpringArguments.split(SpringArguments.subcommand(root, args).getCommandSpec(), args);
		assertThat(split.spring()).containsExactly("--spring.neo4j.uri=neo4j://db:7687");
		assertThat(split.command()).containsExactly("extract", "--format=json", "--published-at", "2025-03-02", "a.txt");
		assertThat(split.withDefaults(java.util.Map.of())).contains("--majlis.demo.enabled=false", "--spring.neo4j.uri=neo4j://db:7687");
	}

	@Test
	void shouldKeepTheDemoGraphSettingTheUserGave() {
		String[] args = { "ingest", "--majlis.demo.enabled=true", "x.txt" };
		SpringArguments split = SpringArguments.split(null, args);
		assertThat(split.withDefaults(java.util.Map.of())).contains("--majlis.demo.enabled=true")
			.doesNotContain("--majlis.demo.enabled=false");
	}

	@Test
	void shouldPrintHelpWithExitCodeZero() {
		CommandRun run = CommandRun.of("ingest", "--help");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Usage: majlis ingest").contains("PATH...");
	}

	@Test
	void shouldAnswerUsageErrorsWithExitCodeTwo() {
		assertThat(CommandRun.of("ingest").exitCode()).isEqualTo(2);
		CommandRun extract = CommandRun.of("extract", "a.txt", "--format");
		assertThat(extract.exitCode()).isEqualTo(2);
		assertThat(extract.err()).contains("--format");
	}
}
