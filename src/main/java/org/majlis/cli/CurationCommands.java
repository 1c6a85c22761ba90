package org.majlis.cli;

import java.io.PrintWriter;

import org.majlis.curation.Curation;

import picocli.CommandLine;

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

	/** Who makes a curation from the command line unless {@code --by} says: {@code cli:<user name>}. */
	static String defaultBy() {
		return "cli:" + System.getProperty("user.name", "unknown");
	}

	static void print(PrintWriter out, Curation c) {
		out.println(c.at() + "  " + c.action() + "  " + String.join(" ", c.subjects()) + (c.detail() == null ? "" : "  " + c.detail())
				+ "  by " + c.by() + (c.note() == null ? "" : "  — " + c.note()) + "  (" + c.id() + ")");
	}
}
