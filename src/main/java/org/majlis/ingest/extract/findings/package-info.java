/**
 * What the stages of extraction find and pass on: the {@link org.majlis.ingest.extract.findings.ArticleContext} each
 * {@link org.majlis.ingest.extract.findings.Stage} reads and adds to, the mentions stages produce for later ones
 * (places, dates, organisations, people, offices, events, topics), the registries that group mentions into one entity
 * each, and the rule helpers that stages of more than one family read by ({@code Participants}, {@code Locatives}).
 * Depends on no stage.
 */
package org.majlis.ingest.extract.findings;
