package org.majlis.curation;

/** A proposed pair: the two nodes' API records, the score and the reasons. */
record DuplicateCandidate(Object a, Object b, double score, java.util.List<String> reasons) {
}
