package org.majlis.ingest.extract;

/** A link from an event to another mention of the same article, with the sentence that states it. */
public record FactRef(String ref, Evidence evidence) {
}
