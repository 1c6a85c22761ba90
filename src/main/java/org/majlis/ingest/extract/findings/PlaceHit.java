package org.majlis.ingest.extract.findings;

import org.majlis.ingest.extract.lexicon.Gazetteer;

/**
 * A place of the gazetteer, or a venue named by a venue noun, at tokens {@code start} to {@code end}.
 *
 * @param entry the gazetteer's place, or null for a venue
 * @param form the folded form the first word matched as, without its clitic
 * @param venue the venue's name as written when this is a venue, else null
 */
public record PlaceHit(int start, int end, Gazetteer.Place entry, String form, String venue) {
}
