/**
 * The benchmark suite ({@code java -jar majlis.jar bench}): generates a synthetic graph at a scale factor, starts
 * the service on it, and measures six canonical questions through Majlis GraphQL, hand-written Cypher over Bolt
 * and the Neo4j GraphQL Library, plus ingestion throughput; writes JSON, a Markdown table and a PNG chart.
 */
package org.majlis.bench;
