package org.majlis.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench/run startup}: how long the service takes to answer its first GraphQL query, started as users start it
 * ({@code java -jar} on an empty store that gets the demo graph, on that store again, on existing benchmark stores,
 * and {@code ./mvnw spring-boot:run}), with its resident memory and the step times of its log. Several jars can be
 * measured in one run, alternating, so that their ratio is measured under the same conditions.
 */
@Command(name = "startup", aliases = "bench-startup", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Measures start-up: time to readiness and to the first answered GraphQL query, resident memory, step times.",
		footer = "%nRun from the project folder. Results: bench/results/startup-<date>.json and .md.")
public class StartupBenchCommand implements Callable<Integer> {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Option(names = "--jar", description = "label=path of a jar to measure; repeat to compare (default: target/majlis.jar, labelled 'majlis'). "
			+ "A jar with majlis.aot beside it (target/majlis/majlis.jar) starts with that ahead-of-time cache.")
	Map<String, Path> jars;

	@Option(names = "--runs", defaultValue = "3", description = "Starts per jar and scenario; the median is reported (default ${DEFAULT-VALUE}).")
	int runs;

	@Option(names = "--store", description = "An existing store to start on as well (e.g. target/bench/SF10); repeatable.")
	List<Path> stores = new ArrayList<>();

	@Option(names = "--maven", description = "Also measure ./mvnw spring-boot:run on an empty store (compiled classes are reused).")
	boolean maven;

	@Option(names = "--out", defaultValue = "bench/results", description = "Folder for the results (default ${DEFAULT-VALUE}).")
	Path out;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (runs < 1) {
			throw new ParameterException(spec.commandLine(), "--runs must be at least 1");
		}
		Map<String, Path> measured = jars != null ? jars : Map.of("majlis", Path.of("target", "majlis.jar"));
		PrintWriter log = spec.commandLine().getErr();
		Path work = Path.of("target", "bench", "startup").toAbsolutePath();
		Files.createDirectories(work);
		Map<String, List<StartupRun>> byCase = new LinkedHashMap<>();
		for (int run = 1; run <= runs; run++) {
			for (var jar : measured.entrySet()) {
				StartupCase.Jar target = new StartupCase.Jar(jar.getKey(), jar.getValue(), work);
				Path fresh = work.resolve(jar.getKey() + "-store");
				BenchCommand.delete(fresh);
				record(byCase, target.label("empty store, demo graph"), target.start(fresh, true, run), log);
				record(byCase, target.label("existing store (demo graph)"), target.start(fresh, true, run), log);
				for (Path store : stores) {
					record(byCase, target.label("existing store " + store.getFileName()), target.start(store.toAbsolutePath(), false, run), log);
				}
			}
			if (maven) {
				Path fresh = work.resolve("maven-store");
				BenchCommand.delete(fresh);
				record(byCase, "./mvnw spring-boot:run, empty store", StartupCase.maven(fresh, work, run), log);
			}
		}
		write(byCase);
		return 0;
	}

	private static void record(Map<String, List<StartupRun>> byCase, String name, StartupRun run, PrintWriter log) {
		byCase.computeIfAbsent(name, key -> new ArrayList<>()).add(run);
		log.printf("  %-48s ready %6.1f s  first answer %6.1f s  RSS %6.0f MB  %s%n", name, run.readySeconds(),
				run.firstAnswerSeconds(), run.rssMb(), run.stepMillis());
		log.flush();
	}

	private void write(Map<String, List<StartupRun>> byCase) throws Exception {
		List<Map<String, Object>> cases = new ArrayList<>();
		StringBuilder table = new StringBuilder("| case | ready (s) | first answer (s) | RSS (MB) | step times (ms, median) |\n|---|---|---|---|---|\n");
		byCase.forEach((name, measured) -> {
			StartupSummary summary = StartupSummary.of(measured);
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("case", name);
			row.put("ready_s", summary.readySeconds());
			row.put("first_answer_s", summary.firstAnswerSeconds());
			row.put("rss_mb", summary.rssMb());
			row.put("steps_ms", summary.stepMillis());
			row.put("runs", measured);
			cases.add(row);
			table.append("| %s | %.1f | %.1f | %.0f | %s |%n".formatted(name, summary.readySeconds(), summary.firstAnswerSeconds(),
					summary.rssMb(), summary.stepMillis()));
		});
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("date", LocalDate.now().toString());
		json.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version")));
		json.put("runs", runs);
		json.put("cases", cases);
		Files.createDirectories(out);
		String base = "startup-" + LocalDate.now();
		Files.writeString(out.resolve(base + ".json"), JSON.writeValueAsString(json) + System.lineSeparator());
		Files.writeString(out.resolve(base + ".md"), "# Start-up, " + LocalDate.now() + " (median of " + runs + ")\n\n" + table);
		spec.commandLine().getOut().print(table);
		spec.commandLine().getOut().flush();
	}
}
