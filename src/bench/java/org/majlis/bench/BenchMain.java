package org.majlis.bench;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.majlis.MajlisApplication;
import org.majlis.cli.CommandLauncher;

/**
 * The benchmark jar's start class ({@code bench/run} runs it): the benchmark's commands, run like the service's own
 * (Spring settings as {@code --key=value}, commands that need the application start it without a web server). The jar
 * finds the service's classes and libraries through its manifest, in the extracted service jar {@code target/majlis/}.
 */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) {
		System.exit(CommandLauncher.standard(MajlisApplication.class, BenchCommand::new).execute(args));
	}

	/** A launcher of the benchmark's commands writing to the given streams, for tests. */
	public static CommandLauncher launcher(PrintWriter out, PrintWriter err) {
		return new CommandLauncher(MajlisApplication.class, BenchCommand::new, out, err, false);
	}

	/** The benchmark jar this runs from, to start its commands in JVMs of their own. */
	static Path runningJar() {
		String classPath = System.getProperty("java.class.path", "");
		if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
			throw new IllegalStateException("Run the benchmark from its jar (bench/run, or java -jar target/majlis-bench.jar)");
		}
		return Path.of(classPath);
	}
}
