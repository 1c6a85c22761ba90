package org.majlis.common;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The sources of nodes: their {@code MENTIONED_IN} links to articles, read for many nodes of one label in
 * one query, oldest article first.
 */
public enum NodeSources {

	PERSON("Person"), ORGANIZATION("Organization"), PLACE("Place"), EVENT("Event");

	private final String cypher;

	NodeSources(String label) {
		this.cypher = """
				MATCH (n:%s)-[m:MENTIONED_IN]->(a:Article) WHERE n.id IN $ids
				WITH n, m, a ORDER BY a.publishedAt, a.id
				RETURN n.id AS key, {articleId: a.id, quote: m.quote, confidence: m.confidence} AS value
				""".formatted(label);
	}

	public Map<String, List<Source>> of(Neo4jClient neo4j, Collection<String> ids) {
		return Relations.many(neo4j, cypher, ids, v -> new Source(v.get("articleId").asString(),
				v.get("quote").asString(null), v.get("confidence").isNull() ? null : v.get("confidence").asDouble()));
	}
}
