package org.majlis.cli;

import java.io.PrintWriter;

import org.majlis.curation.Curation;

import picocli.CommandLine.Model.CommandSpec;

/** What the curation commands ({@code merge}, {@code retract}, {@code keep-apart}, {@code duplicates}, {@code curations}) share: printing a curation. */
final class CurationCommands {

	private CurationCommands() {
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
