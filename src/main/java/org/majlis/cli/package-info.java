/**
 * The command line: {@code ingest} reads article files into the configured store, {@code bench-ingest} measures
 * ingestion over a synthetic corpus, {@code corpus} writes that corpus as files, {@code report} runs a report of
 * the library, and {@code backup}/{@code restore} copy the embedded store offline. Commands that read or write
 * the graph start the application without a web server and call the same services as the GraphQL API; without a
 * command the jar starts the web service as before.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.majlis.cli;
