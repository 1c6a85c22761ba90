package org.majlis.search;

import java.util.List;

import org.majlis.article.ArticleService;
import org.majlis.common.NodeIds;
import org.majlis.common.Paging;
import org.majlis.curation.CurationService;
import org.majlis.event.EventService;
import org.majlis.organization.OrganizationService;
import org.majlis.person.PersonService;
import org.majlis.place.PlaceService;
import org.majlis.topic.TopicService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds nodes of any kind: by id, or by words of their names. */
@Service
@Transactional(readOnly = true)
public class SearchService {

	private final SearchRepository repository;
	private final PersonService people;
	private final OrganizationService organizations;
	private final PlaceService places;
	private final EventService events;
	private final TopicService topics;
	private final ArticleService articles;
	private final CurationService curations;

	SearchService(SearchRepository repository, PersonService people, OrganizationService organizations,
			PlaceService places, EventService events, TopicService topics, ArticleService articles,
			CurationService curations) {
		this.repository = repository;
		this.people = people;
		this.organizations = organizations;
		this.places = places;
		this.events = events;
		this.topics = topics;
		this.articles = articles;
		this.curations = curations;
	}

	public List<SearchHit> search(String text, int first) {
		if (first < 1 || first > Paging.MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("first must be between 1 and " + Paging.MAX_PAGE_SIZE);
		}
		return text == null || text.isBlank() ? List.of() : repository.search(text, first);
	}

	/** The node with this id, whatever its kind, or null. */
	public Object findById(String id) {
		List<String> ids = List.of(id);
		List<?> found = switch (NodeIds.kindOf(id)) {
			case NodeIds.PERSON -> people.findByIds(ids);
			case NodeIds.ORGANIZATION -> organizations.findByIds(ids);
			case NodeIds.PLACE -> places.findByIds(ids);
			case NodeIds.EVENT -> events.findByIds(ids);
			case NodeIds.TOPIC -> topics.findByIds(ids);
			case NodeIds.ARTICLE -> articles.findByIds(ids);
			case NodeIds.CURATION -> curations.findByIds(ids);
			default -> List.of();
		};
		return found.isEmpty() ? null : found.getFirst();
	}
}
