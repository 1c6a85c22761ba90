package org.majlis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import graphql.schema.DataFetchingEnvironment;

import org.majlis.query.QueryEngine;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** {@code ingestArticle} and {@code ingestPage}: the write, then the stored article and the nodes it named, read by the engine in one statement. */
@Controller
class IngestController {

	private final IngestService ingest;
	private final QueryEngine engine;

	IngestController(IngestService ingest, QueryEngine engine) {
		this.ingest = ingest;
		this.engine = engine;
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	IngestArticlePayload ingestArticle(@Argument IngestArticleInput input, DataFetchingEnvironment environment) {
		return payload(ingest.ingest(input), environment);
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	IngestArticlePayload ingestPage(@Argument String html, @Argument String url, DataFetchingEnvironment environment) {
		return payload(ingest.ingestPage(html, url), environment);
	}

	private IngestArticlePayload payload(IngestResult result, DataFetchingEnvironment environment) {
		List<String> ids = new ArrayList<>(List.of(result.articleId()));
		ids.addAll(result.personIds());
		ids.addAll(result.organizationIds());
		ids.addAll(result.eventIds());
		Map<String, Map<String, Object>> nodes = engine.nodes(ids,
				QueryEngine.selectedUnder(environment.getSelectionSet(), "article", "people", "organizations", "events"));
		return new IngestArticlePayload(nodes.get(result.articleId()), result.duplicate(), inOrder(result.personIds(), nodes),
				inOrder(result.organizationIds(), nodes), inOrder(result.eventIds(), nodes));
	}

	private static List<Map<String, Object>> inOrder(List<String> ids, Map<String, Map<String, Object>> nodes) {
		return ids.stream().map(nodes::get).filter(Objects::nonNull).toList();
	}
}
