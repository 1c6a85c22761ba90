package org.majlis.query;

/**
 * Where ids of nodes merged into others lead: the Cypher expression of the surviving id for an id given as the
 * parameter {@code idParameter} (the id itself when it was never merged). Implemented by the curation module.
 */
public interface MergedIds {

	String survivorOf(String idParameter);
}
