package org.majlis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.majlis.ingest.IngestService;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ingest PATH...}: reads article files into the configured store through the service's
 * {@link IngestService}, one article at a time; a failed file is reported and the batch goes on.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
		description = {
				"Ingests Arabic news articles into the configured store, through the same pipeline as the service.",
				"A .txt file is one article (url file:<relative path>); a .json file holds an article object or an "
						+ "array of them (text, url, title, publishedAt, language, sourceName); an .html or .htm file is a saved "
						+ "web page, whose article body and metadata (date, title, outlet, canonical url) are read from it. "
						+ "Folders are read recursively.",
				"Exit code: 0 all ingested (or already there), 1 some failed, 2 usage error." },
		footer = "%nSpring settings pass through, e.g. --majlis.neo4j.embedded.data-dir=./data or "
				+ "--spring.neo4j.uri=neo4j://host:7687 (the demo graph stays off unless --majlis.demo.enabled=true).")
class IngestCommand implements SpringCommand, TerminalAware {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of .txt, .json and .html articles.")
	List<Path> paths;

	@Spec
	CommandSpec spec;

	private boolean terminal;

	@Override
	public void terminal(boolean terminal) {
		this.terminal = terminal;
	}

	@Override
	public int run(ConfigurableApplicationContext context) {
		IngestService ingest = context.getBean(IngestService.class);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ArticleFileReader reader = new ArticleFileReader(Path.of(""), (html, url) -> ingest.readPage(html, null, url));
		List<Path> files = ArticleFiles.find(paths);
		Progress progress = new Progress(err, terminal, files.size(), "files");
		IngestTotals totals = new IngestTotals();
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			totals.file();
			try {
				for (ArticleFileReader.Entry entry : reader.read(file)) {
					ingestOne(ingest, entry, totals, progress);
				}
			}
			catch (ArticleFileReader.UnreadableFileException ex) {
				totals.failed();
				progress.message("FAILED " + reader.label(file) + ": " + ex.getMessage());
			}
			progress.update(i + 1);
		}
		progress.finish();
		totals.print(out);
		return totals.failures() == 0 ? 0 : 1;
	}

	private static void ingestOne(IngestService ingest, ArticleFileReader.Entry entry, IngestTotals totals, Progress progress) {
		if (entry.problem() != null) {
			totals.failed();
			progress.message("FAILED " + entry.label() + ": " + entry.problem());
			return;
		}
		try {
			totals.ingested(ingest.ingest(entry.input()));
		}
		catch (RuntimeException ex) {
			totals.failed();
			progress.message("FAILED " + entry.label() + ": " + CommandLauncher.describe(ex));
		}
	}
}
