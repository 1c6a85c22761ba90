package org.majlis.ingest.extract.findings;

/** A mention of an organisation or a place with the article-local ref it resolved to. */
public record Located(int start, int end, String ref) {
}
