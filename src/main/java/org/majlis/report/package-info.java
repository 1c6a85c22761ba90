/**
 * Reports: the analyst's library of read-only Cypher reports kept in {@code cypher/reports}, each with a header
 * that gives its title, question and typed parameters; the catalogue checks the parameters a caller gives against
 * the header and the runner executes a report only in a read transaction, for GraphQL and the command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.majlis.report;
