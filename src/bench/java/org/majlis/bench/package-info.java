/**
 * The benchmark ({@code bench/run}, the jar {@code target/majlis-bench.jar}), kept out of the service jar: generates a
 * synthetic graph at a scale factor, starts the service jar on it, and measures six canonical questions through Majlis
 * GraphQL, hand-written Cypher over Bolt and the Neo4j GraphQL Library, plus ingestion throughput and start-up; writes
 * JSON, a Markdown table and a PNG chart to bench/results.
 */
package org.majlis.bench;
