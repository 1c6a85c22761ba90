package org.majlis.search;

import java.util.List;
import java.util.Map;

import org.majlis.common.ArabicText;
import org.majlis.common.MatchText;
import org.neo4j.driver.types.Node;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class SearchRepository {

	private static final double EXACT_MATCH_BONUS = 100.0;

	/**
	 * Hits asked of each index before exact matches are put first: an exact alias can score below words that merely
	 * contain it (والانتربول), so cutting at {@code first} inside the index would lose it.
	 */
	private static final int CANDIDATES = 100;

	private final Neo4jClient neo4j;

	SearchRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Asks both full-text indexes (Arabic and English analysers), keeps each node's best score, and puts nodes
	 * whose name or alias equals the text (after normalisation) first.
	 */
	List<SearchHit> search(String text, int first) {
		String query = LuceneQuery.allWords(text);
		if (query.isEmpty()) {
			return List.of();
		}
		String exact = MatchText.exact(text);
		String exactTopic = ArabicText.key(text);
		var rows = neo4j.query("""
				CALL () {
				  CALL db.index.fulltext.queryNodes('names_arabic', $query, {limit: $candidates}) YIELD node, score
				  RETURN node, score
				  UNION ALL
				  CALL db.index.fulltext.queryNodes('names_english', $query, {limit: $candidates}) YIELD node, score
				  RETURN node, score
				}
				WITH node, max(score) AS score
				RETURN node, score,
				       coalesce(node.matchText CONTAINS $exact, false) OR coalesce(node.key = $exactTopic, false) AS exact
				ORDER BY exact DESC, score DESC, node.id
				LIMIT $limit
				""")
			.bindAll(Map.of("query", query, "limit", first, "candidates", Math.max(first, CANDIDATES), "exact", exact,
					"exactTopic", exactTopic))
			.fetchAs(SearchHit.class)
			.mappedBy((types, record) -> {
				Node node = record.get("node").asNode();
				double score = record.get("score").asDouble() + (record.get("exact").asBoolean() ? EXACT_MATCH_BONUS : 0);
				return new SearchHit(Nodes.toRecord(node), score);
			})
			.all();
		return rows.stream().filter(hit -> hit.node() != null).toList();
	}
}
