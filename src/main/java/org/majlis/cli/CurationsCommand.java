package org.majlis.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.majlis.common.Paging;
import org.majlis.curation.CurationExport;
import org.majlis.curation.CurationService;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code curations [--first N] | --export FILE | --apply FILE}: the audit trail, and moving it between stores. */
@Command(name = "curations", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Lists the curations, newest first; --export writes them all as JSON Lines (oldest first) and --apply",
				"applies such a file to this store (each curation once, by its id), e.g. after re-ingesting a corpus from scratch.",
				"Exit code: 0 done, 1 failed." })
class CurationsCommand implements SpringCommand {

	@Option(names = "--first", paramLabel = "N", description = "How many to list (default 20).")
	int first = Paging.DEFAULT_PAGE_SIZE;

	@ArgGroup(exclusive = true)
	Transfer transfer;

	static class Transfer {

		@Option(names = "--export", paramLabel = "FILE", description = "Write every curation to FILE as JSON Lines.")
		Path export;

		@Option(names = "--apply", paramLabel = "FILE", description = "Apply the curations of a JSON Lines FILE.")
		Path apply;
	}

	@Spec
	CommandSpec spec;

	@Override
	public int run(ConfigurableApplicationContext context) throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		if (transfer != null && transfer.export != null) {
			try (Writer writer = Files.newBufferedWriter(transfer.export, StandardCharsets.UTF_8)) {
				out.println("exported " + context.getBean(CurationExport.class).export(writer) + " curations to " + transfer.export);
			}
		}
		else if (transfer != null && transfer.apply != null) {
			try (BufferedReader reader = Files.newBufferedReader(transfer.apply, StandardCharsets.UTF_8)) {
				CurationExport.Applied applied = context.getBean(CurationExport.class).apply(reader);
				applied.lines().forEach(out::println);
				out.println(applied.applied() + " applied, " + applied.skipped() + " skipped");
			}
		}
		else {
			context.getBean(CurationService.class).curations(new Paging(0, first)).forEach(c -> CurationCommands.print(out, c));
		}
		out.flush();
		return 0;
	}
}
