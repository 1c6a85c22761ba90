/**
 * What the stages of extraction find and pass on: the {@link org.majlis.ingest.extract.findings.ArticleContext} each
 * {@link org.majlis.ingest.extract.findings.Stage} reads and adds to, the mentions stages produce for later ones
 * (places, dates, organisations, people, offices, events, topics), and the registries that group mentions into one
 * entity each. Depends on no stage.
 */
package org.majlis.ingest.extract.findings;
