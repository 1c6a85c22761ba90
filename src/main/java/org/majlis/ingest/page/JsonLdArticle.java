package org.majlis.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The news article a page describes in JSON-LD ({@code <script type="application/ld+json">}), at the top, in an array
 * or in an {@code @graph}: a {@code NewsArticle} before any other kind of article. Scripts that do not parse are
 * skipped, as browsers skip them.
 */
record JsonLdArticle(Optional<String> datePublished, Optional<String> headline, Optional<String> publisher) {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
			"Article", "BlogPosting", "WebPage");

	static JsonLdArticle in(Document page) {
		List<JsonNode> articles = new ArrayList<>();
		for (Element script : page.select("script[type~=(?i)^application/ld\\+json$]")) {
			try {
				collect(JSON.readTree(script.data()), articles);
			}
			catch (JacksonException ex) {
				// not JSON: a browser ignores it too
			}
		}
		Optional<JsonNode> article = articles.stream().filter(node -> hasType(node, "NewsArticle")).findFirst()
			.or(() -> articles.stream().filter(node -> !hasType(node, "WebPage")).findFirst())
			.or(() -> articles.stream().findFirst());
		return new JsonLdArticle(article.flatMap(a -> string(a.get("datePublished"))), article.flatMap(a -> string(a.get("headline"))),
				article.flatMap(a -> Optional.ofNullable(a.get("publisher")).flatMap(p -> string(p.isObject() ? p.get("name") : p))));
	}

	private static void collect(JsonNode node, List<JsonNode> articles) {
		if (node == null) {
			return;
		}
		if (node.isArray()) {
			node.values().forEach(item -> collect(item, articles));
		}
		else if (node.isObject()) {
			if (ARTICLE_TYPES.stream().anyMatch(type -> hasType(node, type))) {
				articles.add(node);
			}
			collect(node.get("@graph"), articles);
			collect(node.get("mainEntity"), articles);
		}
	}

	private static boolean hasType(JsonNode node, String type) {
		JsonNode types = node.get("@type");
		if (types == null) {
			return false;
		}
		if (types.isArray()) {
			for (JsonNode t : types.values()) {
				if (t.isString() && t.stringValue().equals(type)) {
					return true;
				}
			}
			return false;
		}
		return types.isString() && types.stringValue().equals(type);
	}

	private static Optional<String> string(JsonNode node) {
		return node != null && node.isString() && !node.stringValue().isBlank() ? Optional.of(node.stringValue()) : Optional.empty();
	}
}
