package org.majlis.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.majlis.bench.synthetic.SyntheticCorpus;
import org.majlis.cli.CommandLauncher;
import org.majlis.cli.Progress;
import org.majlis.cli.SpringCommand;
import org.majlis.cli.TerminalAware;
import org.majlis.ingest.IngestArticleInput;
import org.majlis.ingest.IngestResult;
import org.majlis.ingest.IngestService;
import org.majlis.store.CypherQueryCounter;
import org.neo4j.driver.Driver;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench/run ingest}: ingests a synthetic corpus one article at a time through {@link IngestService} and
 * reports throughput and whether the per-article time stays flat as the graph grows. Without a data folder
 * it works on a new temporary store, deleted afterwards.
 */
@Command(name = "ingest", aliases = "bench-ingest", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Benchmarks ingestion over a deterministic synthetic corpus of Arabic articles.",
		footer = "%nWithout --majlis.neo4j.embedded.data-dir the benchmark uses a new temporary store and deletes it.")
class IngestBenchCommand implements SpringCommand, TerminalAware {

	static final String DATA_DIR = "majlis.neo4j.embedded.data-dir";

	@Option(names = "--articles", defaultValue = "1000", description = "Articles to ingest (default ${DEFAULT-VALUE}).")
	int articles;

	@Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic corpus (default ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--out", defaultValue = "bench/results/ingest-latest.json",
			description = "Where to write the figures as JSON (default ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--warmup", defaultValue = "50",
			description = "Articles ingested first and not measured, so that JIT compilation and Cypher planning do not count"
					+ " as growth (default ${DEFAULT-VALUE}).")
	int warmup;

	@Option(names = "--window", defaultValue = "100", description = "Articles in the first and last means (default ${DEFAULT-VALUE}).")
	int window;

	@Spec
	CommandSpec spec;

	private boolean terminal;
	private Path temporaryStore;

	@Override
	public void terminal(boolean terminal) {
		this.terminal = terminal;
	}

	@Override
	public void validate() {
		if (articles < 1 || window < 1 || warmup < 0) {
			throw new ParameterException(spec.commandLine(), "--articles and --window must be at least 1, --warmup at least 0");
		}
	}

	@Override
	public Map<String, String> springDefaults(Predicate<String> given) {
		if (given.test(DATA_DIR)) {
			return Map.of();
		}
		try {
			temporaryStore = Files.createTempDirectory("majlis-bench-");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot create a temporary store", ex);
		}
		return Map.of(DATA_DIR, temporaryStore.toString());
	}

	@Override
	public int run(ConfigurableApplicationContext context) throws IOException {
		IngestService ingest = context.getBean(IngestService.class);
		CypherQueryCounter queries = context.getBean(CypherQueryCounter.class);
		PrintWriter err = spec.commandLine().getErr();
		SyntheticCorpus corpus = new SyntheticCorpus(seed);
		for (IngestArticleInput article : new SyntheticCorpus(seed + 1).next(warmup)) {
			ingest.ingest(article);
		}
		List<IngestArticleInput> inputs = corpus.next(articles);
		IngestRun run = new IngestRun(articles);
		Progress progress = new Progress(err, terminal, articles, "articles");
		long queriesBefore = queries.count();
		for (int i = 0; i < inputs.size(); i++) {
			long started = System.nanoTime();
			try {
				IngestResult result = ingest.ingest(inputs.get(i));
				run.done(System.nanoTime() - started, result);
			}
			catch (RuntimeException ex) {
				run.failed(System.nanoTime() - started);
				progress.message("FAILED article " + (i + 1) + ": " + CommandLauncher.describe(ex));
			}
			progress.update(i + 1);
		}
		progress.finish();
		long sent = queries.count() - queriesBefore;
		IngestReport report = run.report(seed, warmup, corpus.peopleInPool(), window, sent, graphSize(context),
				temporaryStore != null ? "temporary store" : "store " + context.getEnvironment().getProperty(DATA_DIR));
		report.write(out);
		report.print(spec.commandLine().getOut());
		spec.commandLine().getOut().println("Figures written to " + out);
		return report.failed() == 0 ? 0 : 1;
	}

	@Override
	public void afterClose() throws IOException {
		if (temporaryStore == null) {
			return;
		}
		try (Stream<Path> walk = Files.walk(temporaryStore)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static long[] graphSize(ConfigurableApplicationContext context) {
		var record = context.getBean(Driver.class).executableQuery(
				"CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels")
			.execute().records().getFirst();
		return new long[] { record.get("nodes").asLong(), record.get("rels").asLong() };
	}
}
