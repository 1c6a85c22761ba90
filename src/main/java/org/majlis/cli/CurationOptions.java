package org.majlis.cli;

import picocli.CommandLine.Option;

/** The options every curation command takes: why, and who. */
class CurationOptions {

	@Option(names = "--note", paramLabel = "TEXT", description = "Why, for the audit trail.")
	String note;

	@Option(names = "--by", paramLabel = "NAME", description = "Who makes the curation (default cli:<user name>).")
	String by = "cli:" + System.getProperty("user.name", "unknown");
}
