package org.majlis.ingest.extract;

/** A topic of the vocabulary (its key, e.g. "cybercrime") that an event discussed. */
public record TopicMention(String key, Evidence evidence) {
}
