package org.majlis;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.BiFunction;

import org.majlis.bench.BenchMain;
import org.majlis.cli.CommandLauncher;

/** One in-process run of a command line, with what it wrote to stdout and stderr. */
public record CommandRun(int exitCode, String out, String err) {

	/** A command of the jar ({@code java -jar target/majlis.jar ARGS}). */
	public static CommandRun of(String... args) {
		return run((out, err) -> new CommandLauncher(MajlisApplication.class, out, err, false), args);
	}

	/** A command of the benchmark's jar ({@code corpus} writes its synthetic articles as files). */
	public static CommandRun bench(String... args) {
		return run(BenchMain::launcher, args);
	}

	private static CommandRun run(BiFunction<PrintWriter, PrintWriter, CommandLauncher> launcher, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = launcher.apply(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
		return new CommandRun(code, out.toString(), err.toString());
	}
}
