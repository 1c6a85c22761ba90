package org.majlis.ingest.extract;

/**
 * Where a mention or fact was read: the sentence (as {@code quote}), its character offsets in the cleaned
 * article text, how sure the extraction is (1.0 stated outright, lower when inferred) and the rule that read it.
 */
public record Evidence(String quote, int start, int end, double confidence, String rule) {

	/** The same evidence with another confidence. */
	public Evidence withConfidence(double value) {
		return new Evidence(quote, start, end, value, rule);
	}
}
