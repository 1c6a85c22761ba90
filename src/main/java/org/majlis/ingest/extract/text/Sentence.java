package org.majlis.ingest.extract.text;

/** A sentence of the cleaned text, with its character offsets. */
public record Sentence(int index, int start, int end, String text) {

	boolean contains(int offset) {
		return offset >= start && offset < end;
	}
}
