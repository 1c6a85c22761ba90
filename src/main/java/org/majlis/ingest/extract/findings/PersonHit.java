package org.majlis.ingest.extract.findings;

import java.util.List;

/**
 * A person named in the text, with the ranks and offices the mention gives them.
 *
 * @param start first token of the whole mention (ranks, offices) and {@code end} its end
 * @param nameStart first token of the name and {@code nameEnd} its end
 * @param offices the offices the mention gives the person, in text order
 * @param rule how the mention was read
 */
public record PersonHit(int start, int end, int nameStart, int nameEnd, String name, List<String> ranks, List<Office> offices, String rule) {
}
