/**
 * Ingestion: from an article's text to a resolved, sourced part of the graph. {@code extract} reads the
 * article (pure Java, lexicons under {@code lexicon/}); this package validates the input, resolves every
 * mention against the graph through indexed look-ups, and writes the article in one transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingestion")
package org.majlis.ingest;
