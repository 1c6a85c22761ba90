package org.majlis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.majlis.MajlisApplication;

/** One in-process run of the command line, with what it wrote to stdout and stderr. */
record CommandRun(int exitCode, String out, String err) {

	static CommandRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = new CommandLauncher(MajlisApplication.class, new PrintWriter(out, true), new PrintWriter(err, true), false)
			.execute(args);
		return new CommandRun(code, out.toString(), err.toString());
	}
}
