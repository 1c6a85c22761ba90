/**
 * The benchmark's synthetic data, the same for the same seed: a knowledge graph at a scale factor, written straight
 * into a store, and a corpus of invented Arabic articles, ingested through the service. {@code SyntheticNames} names
 * both, from {@code lexicon/synthetic-names.tsv} and the service's lexicon.
 */
package org.majlis.bench.synthetic;
