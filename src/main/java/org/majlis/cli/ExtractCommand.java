package org.majlis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.majlis.common.PartialDate;
import org.majlis.ingest.ExtractionPreview;
import org.majlis.ingest.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code extract FILE [--format table|json]}: the dry run of {@code ingest} for one article, through the service's
 * {@link IngestService#preview}: what it would add to the configured store, and why, writing nothing.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Shows what one article would add to the configured store, writing nothing: each event, person, "
				+ "organisation, place, position, attendance, organiser and topic, with the sentence and rule that read it, "
				+ "its confidence, and for each entity the existing node it resolves to or the new one it would create.",
				"FILE is a .txt article, a .json article object (text, publishedAt, …) or a saved .html page, as for ingest.",
				"Exit code: 0 done, 1 the article was refused or could not be read, 2 usage error." },
		footer = "%nSpring settings pass through, e.g. --majlis.neo4j.embedded.data-dir=./data or "
				+ "--spring.neo4j.uri=neo4j://host:7687.")
class ExtractCommand implements SpringCommand {

	@Parameters(arity = "1", paramLabel = "FILE", description = "The article: a .txt file, a .json file holding one article object, or an .html page.")
	Path file;

	@Option(names = "--published-at", paramLabel = "DATE", description = "The article's date (2025-03-02), for relative dates; "
			+ "overrides the file's publishedAt.")
	String publishedAt;

	@Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
	PreviewFormat format = PreviewFormat.table;

	@Spec
	CommandSpec spec;

	@Override
	public void validate() {
		if (!Files.isRegularFile(file)) {
			throw new ParameterException(spec.commandLine(), "No such file: " + file);
		}
		if (publishedAt != null) {
			try {
				PartialDate.parse(publishedAt);
			}
			catch (IllegalArgumentException ex) {
				throw new ParameterException(spec.commandLine(), "--published-at: " + ex.getMessage());
			}
		}
	}

	@Override
	public int run(ConfigurableApplicationContext context) throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		IngestService ingest = context.getBean(IngestService.class);
		ArticleFileReader reader = new ArticleFileReader(Path.of(""), (html, url) -> ingest.readPage(html, null, url));
		List<ArticleFileReader.Entry> entries = reader.read(file);
		if (entries.size() != 1) {
			err.println("ERROR " + reader.label(file) + " holds " + entries.size() + " articles; extract reads one");
			return 1;
		}
		ArticleFileReader.Entry entry = entries.getFirst();
		if (entry.problem() != null) {
			err.println("ERROR " + entry.label() + ": " + entry.problem());
			return 1;
		}
		PartialDate date = publishedAt != null ? PartialDate.parse(publishedAt) : entry.input().publishedAt();
		try {
			ExtractionPreview preview = ingest.preview(entry.input().text(), date);
			format.write(preview, out);
		}
		catch (IllegalArgumentException ex) {
			err.println("ERROR " + entry.label() + ": " + ex.getMessage());
			return 1;
		}
		out.flush();
		return 0;
	}
}
