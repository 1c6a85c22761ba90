package org.majlis.cli;

import java.io.PrintWriter;

import org.majlis.curation.Curation;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The curation commands ({@code merge}, {@code retract}, {@code keep-apart}, {@code duplicates}, {@code curations}),
 * added to the top command here so that they are listed in one place.
 */
final class CurationCommands {

	private CurationCommands() {
	}

	/** The top command line with the curation commands added. */
	static CommandLine addTo(CommandLine root) {
		return root.addSubcommand(new MergeCommand()).addSubcommand(new RetractCommand()).addSubcommand(new KeepApartCommand())
			.addSubcommand(new DuplicatesCommand()).addSubcommand(new CurationsCommand());
	}

	/** Prints the curation a command made; answers the exit code 0. */
	static int printed(CommandSpec spec, Curation c) {
		PrintWriter out = spec.commandLine().getOut();
		print(out, c);
		out.flush();
		return 0;
	}

	static void print(PrintWriter out, Curation c) {
		out.println(c.at() + "  " + c.action() + "  " + String.join(" ", c.subjects()) + (c.detail() == null ? "" : "  " + c.detail())
				+ "  by " + c.by() + (c.note() == null ? "" : "  — " + c.note()) + "  (" + c.id() + ")");
	}
}
