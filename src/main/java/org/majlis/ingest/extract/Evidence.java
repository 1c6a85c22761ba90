package org.majlis.ingest.extract;

/**
 * Where a mention or fact was read: the sentence (as {@code quote}), its character offsets in the cleaned
 * article text, and how sure the extraction is (1.0 stated outright, lower when inferred).
 */
public record Evidence(String quote, int start, int end, double confidence) {
}
