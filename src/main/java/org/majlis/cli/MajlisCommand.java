package org.majlis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top of the command line: {@code java -jar majlis.jar COMMAND}. */
@Command(name = "majlis", mixinStandardHelpOptions = true, versionProvider = MajlisCommand.Version.class,
		description = "Majlis: a knowledge graph of Arabic news on police cooperation.%n"
				+ "Without a command the jar starts the web service. Every --key=value argument that is not an option "
				+ "of the command is a Spring setting, as for the service (e.g. --majlis.neo4j.embedded.data-dir=./data).",
		subcommands = { IngestCommand.class, FollowCommand.class, ExtractCommand.class, ReportCommand.class, BackupCommand.class, RestoreCommand.class,
				MergeCommand.class, RetractCommand.class, KeepApartCommand.class, DuplicatesCommand.class, CurationsCommand.class,
				HelpCommand.class })
class MajlisCommand {

	static class Version implements picocli.CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = MajlisCommand.class.getPackage().getImplementationVersion();
			return new String[] { "majlis " + (version != null ? version : "(development build)") };
		}
	}
}
