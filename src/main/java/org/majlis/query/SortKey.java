package org.majlis.query;

/**
 * A key a list can be ordered by: its Cypher over the node {@code {m}}, and whether it may be null (Neo4j puts nulls
 * last in an ascending order and first in a descending one; cursors follow the same rule).
 */
public record SortKey(String expression, boolean nullable) {
}
