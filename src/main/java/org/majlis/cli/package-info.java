/**
 * The command line: {@code ingest} reads article files and saved pages into the configured store, {@code follow} reads
 * news feeds once, {@code extract} shows what an article would add, {@code report} runs a report of the library,
 * {@code backup}/{@code restore} copy the embedded store offline, and the curation commands correct the graph. The benchmark's commands (src/bench) run through {@link CommandLauncher}
 * too, with a root command of their own. Commands that read or write the graph start the application without a web
 * server and call the same services as the GraphQL API; without a command the jar starts the web service as before.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.majlis.cli;
