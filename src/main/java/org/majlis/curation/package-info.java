/**
 * Curation: analysts correct the graph and their corrections survive re-ingestion. Merges (the merged-away ids
 * keep resolving to the survivor through {@code :Redirect} nodes), retracted facts ({@code :RetractedFact}, with the
 * sources that stated them) and kept-apart pairs ({@code :KeptApart}) are judgements kept apart from the extracted
 * data; ingestion reads them through {@link org.majlis.curation.Judgements}. Every change is recorded as a
 * {@code :Curation} (who, when, what, why), can be exported as JSON Lines and applied to another store, and
 * {@code duplicateCandidates} proposes pairs worth merging.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Curation")
package org.majlis.curation;
