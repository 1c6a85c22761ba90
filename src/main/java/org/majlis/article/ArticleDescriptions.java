package org.majlis.article;

import java.util.Map;

import org.majlis.model.NodeLabel;
import org.majlis.query.RootField;
import org.majlis.query.TypeDescription;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code Article} type once for the whole service, and {@code Source}, where a node or a fact was read: a node's
 * {@code MENTIONED_IN} link to an article ({@code Source}) or one entry of a fact's parallel source lists
 * ({@code Source@fact}). The sources of every entity are this module's fields.
 */
@Configuration(proxyBeanMethods = false)
class ArticleDescriptions {

	@Bean
	TypeDescription articleType() {
		return TypeDescription.node(NodeLabel.ARTICLE)
			.properties("id", "url", "title", "publishedAt", "ingestedAt", "sourceName")
			.value("language", "coalesce({n}.language, 'ar')")
			.sortKey("PUBLISHED_AT", "{m}.publishedAt", true)
			.defaultOrder("PUBLISHED_AT", true);
	}

	@Bean
	TypeDescription sourceOfNode() {
		return TypeDescription.shape("Source", "Source")
			.bound("article", "Article", Map.of("n", "article"))
			.value("quote", "{mention}.quote")
			.value("confidence", "{mention}.confidence");
	}

	@Bean
	TypeDescription sourceOfFact() {
		return TypeDescription.shape("Source@fact", "Source")
			.one("article", "MATCH ({m}:Article {id: {rel}.sourceIds[{i}]})", "Article")
			.value("quote", "CASE {rel}.quotes[{i}] WHEN '' THEN null ELSE {rel}.quotes[{i}] END")
			.value("confidence", "{rel}.confidences[{i}]");
	}

	@Bean
	TypeDescription sourcesOfPeople() {
		return TypeDescription.extend(NodeLabel.PERSON.label()).nodeSources("sources");
	}

	@Bean
	TypeDescription sourcesOfOrganizations() {
		return TypeDescription.extend(NodeLabel.ORGANIZATION.label()).nodeSources("sources");
	}

	@Bean
	TypeDescription sourcesOfEvents() {
		return TypeDescription.extend(NodeLabel.EVENT.label()).nodeSources("sources");
	}

	@Bean
	RootField articlesRoot() {
		return RootField.list("articles", "Article");
	}
}
