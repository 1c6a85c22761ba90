package org.majlis.ingest;

import java.util.List;

import org.majlis.article.Article;
import org.majlis.event.Event;
import org.majlis.organization.Organization;
import org.majlis.person.Person;

/** The answer to {@code ingestArticle}. */
public record IngestArticlePayload(Article article, boolean duplicate, List<Person> people,
		List<Organization> organizations, List<Event> events) {
}
