package org.majlis.ingest.extract.findings;

/** A topic of the vocabulary (its key) read at tokens {@code start} to {@code end}. */
public record TopicHit(String key, int start, int end) {
}
