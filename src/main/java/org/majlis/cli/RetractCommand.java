package org.majlis.cli;

import org.majlis.curation.CurationService;
import org.majlis.curation.FactType;
import org.majlis.curation.RetractFactInput;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retract TYPE FROM TO [--title TITLE] [--note TEXT] [--by NAME]}: the same as the mutation retractFact. */
@Command(name = "retract", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Removes one fact and keeps it retracted when articles state it again (they stay recorded as its sources).",
				"TYPE is ATTENDED, HOLDS_POSITION, ORGANIZED, HELD_IN or ABOUT. Exit code: 0 done, 1 refused or failed." })
class RetractCommand implements SpringCommand {

	@Parameters(index = "0", paramLabel = "TYPE", description = "The fact's type: ${COMPLETION-CANDIDATES}.")
	FactType type;

	@Parameters(index = "1", paramLabel = "FROM", description = "Its start node's id.")
	String from;

	@Parameters(index = "2", paramLabel = "TO", description = "Its end node's id.")
	String to;

	@Option(names = "--title", paramLabel = "TITLE", description = "For HOLDS_POSITION: the office's Arabic title (all offices when absent).")
	String title;

	@Mixin
	CurationOptions options;

	@Spec
	CommandSpec spec;

	@Override
	public int run(ConfigurableApplicationContext context) {
		var curation = context.getBean(CurationService.class).retractFact(new RetractFactInput(type, from, to, title, options.note), options.by);
		return CurationCommands.printed(spec, curation);
	}
}
