package org.majlis.cli;

import java.io.PrintWriter;

import org.majlis.curation.CandidatePair;
import org.majlis.curation.CurationService;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duplicates LABEL [--first N]}: the same as the query duplicateCandidates, with the time it took. */
@Command(name = "duplicates", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Lists pairs of nodes of one label that are probably one entity, best first, with the reasons.",
				"LABEL is Person, Organization, Place or Event. Nothing is merged." })
class DuplicatesCommand implements SpringCommand {

	@Parameters(index = "0", paramLabel = "LABEL", description = "Person, Organization, Place or Event.")
	String label;

	@Option(names = "--first", paramLabel = "N", description = "How many pairs (default 20, at most 200).")
	int first = 20;

	@Spec
	CommandSpec spec;

	@Override
	public int run(ConfigurableApplicationContext context) {
		PrintWriter out = spec.commandLine().getOut();
		long start = System.nanoTime();
		var pairs = context.getBean(CurationService.class).duplicateCandidates(label, first);
		long millis = (System.nanoTime() - start) / 1_000_000;
		for (CandidatePair pair : pairs) {
			out.printf("%.2f  %s  %s  %s%n", pair.score(), pair.a(), pair.b(), String.join("; ", pair.reasons()));
		}
		out.println("(" + pairs.size() + " pairs in " + millis + " ms)");
		out.flush();
		return 0;
	}
}
