package org.majlis.store;

/**
 * A vocabulary a feature module keeps in the graph from a file of the jar (the topics), brought up to date at start-up
 * after the migrations and before the demo graph, and only when its checksum differs from the one the store recorded.
 * The store knows the modules that keep one only by this interface.
 */
public interface StoreVocabulary {

	/** The name its checksum is recorded under, {@code (:MajlisMeta {key})}. */
	String key();

	/** A digest of the vocabulary file: when the store recorded the same one, syncing it again would change nothing. */
	String checksum();

	/** Writes the vocabulary to the graph. */
	void sync();
}
