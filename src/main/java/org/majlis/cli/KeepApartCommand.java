package org.majlis.cli;

import java.util.List;

import org.majlis.curation.CurationService;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keep-apart A B [--note TEXT] [--by NAME]}: the same as the mutation keepApart. */
@Command(name = "keep-apart", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Records that two nodes are different entities: ingestion never resolves one's mentions to the other,",
				"and duplicates never proposes the pair. Exit code: 0 done, 1 refused or failed." })
class KeepApartCommand implements SpringCommand {

	@Parameters(arity = "2", paramLabel = "ID", description = "The two nodes' ids.")
	List<String> ids;

	@Mixin
	CurationOptions options;

	@Spec
	CommandSpec spec;

	@Override
	public int run(ConfigurableApplicationContext context) {
		var curation = context.getBean(CurationService.class).keepApart(ids.get(0), ids.get(1), options.note, options.by);
		return CurationCommands.printed(spec, curation);
	}
}
