package org.majlis.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.majlis.article.ArticleService;
import org.majlis.common.Batches;
import org.majlis.event.EventService;
import org.majlis.organization.OrganizationService;
import org.majlis.person.PersonService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class IngestController {

	private final IngestService ingest;
	private final ArticleService articles;
	private final PersonService people;
	private final OrganizationService organizations;
	private final EventService events;

	IngestController(IngestService ingest, ArticleService articles, PersonService people, OrganizationService organizations,
			EventService events) {
		this.ingest = ingest;
		this.articles = articles;
		this.people = people;
		this.organizations = organizations;
		this.events = events;
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	IngestArticlePayload ingestArticle(@Argument IngestArticleInput input) {
		IngestResult result = ingest.ingest(input);
		return new IngestArticlePayload(articles.findByIds(List.of(result.articleId())).getFirst(), result.duplicate(),
				inOrder(result.personIds(), people.findByIds(result.personIds()), p -> p.id()),
				inOrder(result.organizationIds(), organizations.findByIds(result.organizationIds()), o -> o.id()),
				inOrder(result.eventIds(), events.findByIds(result.eventIds()), e -> e.id()));
	}

	private static <T> List<T> inOrder(List<String> ids, List<T> found, Function<T, String> idOf) {
		Map<String, T> byId = Batches.indexById(found, idOf);
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}
}
