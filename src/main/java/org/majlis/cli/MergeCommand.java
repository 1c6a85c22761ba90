package org.majlis.cli;

import java.util.List;

import org.majlis.curation.CurationService;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code merge INTO FROM… [--note TEXT] [--by NAME]}: the same as the mutation mergeNodes. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Merges nodes of one label into the first: their relationships, aliases, ranks and sources move to it,",
				"and their ids resolve to it from now on. Recorded as a curation. Exit code: 0 done, 1 refused or failed." })
class MergeCommand implements SpringCommand {

	@Parameters(index = "0", paramLabel = "INTO", description = "Id of the node that stays, e.g. person:khalid-al-mansouri.")
	String into;

	@Parameters(index = "1..*", arity = "1..*", paramLabel = "FROM", description = "Ids of the nodes merged into it.")
	List<String> from;

	@Mixin
	CurationOptions options;

	@Spec
	CommandSpec spec;

	@Override
	public int run(ConfigurableApplicationContext context) {
		return CurationCommands.printed(spec, context.getBean(CurationService.class).mergeNodes(into, from, options.note, options.by));
	}
}
