package org.majlis.search;

/** One search result: a Person, Organization, Place, Event or Topic, and its score. */
public record SearchHit(Object node, double score) {
}
