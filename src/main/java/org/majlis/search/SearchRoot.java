package org.majlis.search;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

import org.majlis.common.ArabicText;
import org.majlis.common.MatchText;
import org.majlis.common.Paging;
import org.majlis.query.Compilation;
import org.majlis.query.RootField;
import org.majlis.query.TypeDescription;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code search(text, first)} in one statement: both full-text indexes (Arabic and English analysers), each node's
 * best score, nodes whose name or alias equals the text (after normalisation) first, and each hit's node with its
 * selected fields.
 */
@Configuration(proxyBeanMethods = false)
class SearchRoot {

	private static final double EXACT_MATCH_BONUS = 100.0;

	/**
	 * Hits asked of each index before exact matches are put first: an exact alias can score below words that merely
	 * contain it (والانتربول), so cutting at {@code first} inside the index would lose it.
	 */
	private static final int CANDIDATES = 100;

	/** A hit's fields are read by alias from the map the statement built. */
	@Bean
	TypeDescription searchHitType() {
		return TypeDescription.shape("SearchHit", "SearchHit");
	}

	@Bean
	RootField searchByName() {
		return RootField.of("search", SearchRoot::compile);
	}

	private static String compile(Compilation compilation, DataFetchingEnvironment environment) {
		String text = environment.getArgument("text");
		int first = environment.<Integer>getArgument("first");
		if (first < 1 || first > Paging.MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("first must be between 1 and " + Paging.MAX_PAGE_SIZE);
		}
		String query = text == null ? "" : LuceneQuery.allWords(text);
		if (query.isEmpty()) {
			return "[]";
		}
		String lucene = compilation.parameter(query);
		String candidates = compilation.parameter(Math.max(first, CANDIDATES));
		List<String> hit = new java.util.ArrayList<>();
		for (SelectedField field : environment.getSelectionSet().getImmediateFields()) {
			switch (field.getName()) {
				case "score" -> hit.add("`" + field.getResultKey() + "`: score + CASE WHEN exact THEN " + EXACT_MATCH_BONUS + " ELSE 0.0 END");
				case "node" -> hit.add("`" + field.getResultKey() + "`: " + compilation.anyNode("node", field.getSelectionSet().getImmediateFields()));
				default -> {
				}
			}
		}
		return """
				COLLECT {
				  CALL () {
				    CALL db.index.fulltext.queryNodes('names_arabic', %1$s, {limit: %2$s}) YIELD node, score
				    RETURN node, score
				    UNION ALL
				    CALL db.index.fulltext.queryNodes('names_english', %1$s, {limit: %2$s}) YIELD node, score
				    RETURN node, score
				  }
				  WITH node, max(score) AS score
				  WHERE %3$s
				  WITH node, score, coalesce(node.matchText CONTAINS %4$s, false) OR coalesce(node.key = %5$s, false) AS exact
				  ORDER BY exact DESC, score DESC, node.id
				  LIMIT %6$s
				  RETURN {%7$s}
				}""".formatted(lucene, candidates, compilation.isAnyNode("node"), compilation.parameter(MatchText.exact(text)),
				compilation.parameter(ArabicText.key(text)), compilation.parameter(first), String.join(", ", hit));
	}
}
