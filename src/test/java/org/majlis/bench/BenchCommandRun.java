package org.majlis.bench;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the benchmark's command line, with what it wrote to stdout and stderr. */
record BenchCommandRun(int exitCode, String out, String err) {

	static BenchCommandRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = BenchMain.launcher(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
		return new BenchCommandRun(code, out.toString(), err.toString());
	}
}
