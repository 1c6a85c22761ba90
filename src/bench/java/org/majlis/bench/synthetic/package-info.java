/**
 * The benchmark's synthetic data, the same for the same seed: a knowledge graph at a scale factor, written straight
 * into a store, and a corpus of invented Arabic articles, ingested through the service.
 */
package org.majlis.bench.synthetic;
