package org.majlis.faults;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.majlis.MajlisApplication;

/**
 * {@code ingest} run in a child JVM from the test classpath and killed with SIGKILL once its progress lines
 * show that part of the batch is in: a crash in the middle of an article's transaction, or between two.
 */
final class KilledIngestion {

	private static final Pattern PROGRESS = Pattern.compile("^\\s*(\\d+)% (\\d+)/(\\d+) files");

	private KilledIngestion() {
	}

	/** Runs the ingestion and kills it once at least {@code killAfter} files are done; answers how many were. */
	static int run(Path folder, Path dataDir, int killAfter) throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		// only the quick compiler: the child lives for seconds, and the optimising one's threads would take the cores it needs
		Process child = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-cp", classpath(),
				MajlisApplication.class.getName(), "ingest", folder.toString(), "--majlis.neo4j.embedded.data-dir=" + dataDir)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		List<String> lines = new ArrayList<>();
		try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
			for (String line = err.readLine(); line != null; line = err.readLine()) {
				lines.add(line);
				Matcher progress = PROGRESS.matcher(line);
				if (progress.find() && Integer.parseInt(progress.group(2)) >= killAfter) {
					child.destroyForcibly();
					if (!child.waitFor(30, TimeUnit.SECONDS)) {
						throw new IllegalStateException("The ingestion did not stop after SIGKILL");
					}
					return Integer.parseInt(progress.group(2));
				}
			}
		}
		child.waitFor(30, TimeUnit.SECONDS);
		throw new IllegalStateException("The ingestion ended (exit code " + child.exitValue() + ") before it was killed: "
				+ String.join("\n", lines));
	}

	/**
	 * The test classpath, each entry once and without Surefire's manifest-only booter jar, whose manifest would
	 * list the same folders again (and so every Cypher migration twice).
	 */
	private static String classpath() {
		return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.contains("surefirebooter"))
			.distinct()
			.collect(Collectors.joining(File.pathSeparator));
	}
}
