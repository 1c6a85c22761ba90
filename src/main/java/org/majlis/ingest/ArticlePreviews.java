package org.majlis.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.majlis.common.PartialDate;
import org.majlis.ingest.ExtractionPreview.AttendancePreview;
import org.majlis.ingest.ExtractionPreview.EventPreview;
import org.majlis.ingest.ExtractionPreview.OrganizationPreview;
import org.majlis.ingest.ExtractionPreview.OrganizerPreview;
import org.majlis.ingest.ExtractionPreview.PersonPreview;
import org.majlis.ingest.ExtractionPreview.PlacePreview;
import org.majlis.ingest.ExtractionPreview.PositionPreview;
import org.majlis.ingest.ExtractionPreview.Resolved;
import org.majlis.ingest.ExtractionPreview.TopicPreview;
import org.majlis.ingest.ExtractionPreview.Why;
import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.ArticleExtractor;
import org.majlis.ingest.extract.EventMention;
import org.majlis.ingest.extract.FactRef;
import org.majlis.ingest.extract.OrganizationMention;
import org.majlis.ingest.extract.Participant;
import org.majlis.ingest.extract.PersonMention;
import org.majlis.ingest.extract.PlaceMention;
import org.majlis.ingest.extract.PositionMention;
import org.majlis.ingest.extract.TopicMention;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dry run of {@link ArticleIngestion}: the same extraction and resolution, in a read transaction, turned into an
 * {@link ExtractionPreview} instead of writes. An attendee named only by office resolves to its holder in the article
 * if the article names one (ingestion writes the article's positions first), else to the holder the graph knows.
 */
@Component
class ArticlePreviews {

	private final ArticleExtractor extractor;
	private final EntityResolver resolver;
	private final RoleHolders roleHolders;

	ArticlePreviews(ArticleExtractor extractor, EntityResolver resolver, RoleHolders roleHolders) {
		this.extractor = extractor;
		this.resolver = resolver;
		this.roleHolders = roleHolders;
	}

	@Transactional(readOnly = true)
	ExtractionPreview preview(String text, PartialDate publishedAt) {
		ArticleExtraction article = extractor.extract(text, publishedAt);
		PartialDate date = publishedAt != null ? publishedAt : article.publishedAt();
		Resolution ids = resolver.resolve(article);
		Map<String, PlacePreview> places = places(article.places(), ids);
		Map<String, OrganizationPreview> organizations = organizations(article.organizations(), places, ids);
		Map<String, PersonPreview> people = new LinkedHashMap<>();
		for (PersonMention p : article.people()) {
			people.put(p.ref(), new PersonPreview(p.ref(), p.name(), p.nameEn(), p.ranks(), p.aliases(), resolved(p.ref(), ids),
					Why.of(p.evidence())));
		}
		Map<String, EventPreview> events = new LinkedHashMap<>();
		for (EventMention e : article.events()) {
			events.put(e.ref(), new EventPreview(e.ref(), e.name(), e.nameEn(), e.kind().name(), e.start(), e.end(), e.virtual(),
					places.get(e.placeRef()), resolved(e.ref(), ids), Why.of(e.evidence())));
		}
		List<PositionPreview> positions = new ArrayList<>();
		for (PersonMention p : article.people()) {
			for (PositionMention position : p.positions()) {
				positions.add(new PositionPreview(people.get(p.ref()), position.title(), position.titleEn(),
						organizations.get(position.organizationRef()), Why.of(position.evidence())));
			}
		}
		List<OrganizerPreview> organizers = new ArrayList<>();
		List<TopicPreview> topics = new ArrayList<>();
		for (EventMention e : article.events()) {
			for (FactRef organizer : e.organizers()) {
				organizers.add(new OrganizerPreview(events.get(e.ref()), organizations.get(organizer.ref()), Why.of(organizer.evidence())));
			}
			for (TopicMention topic : e.topics()) {
				topics.add(new TopicPreview(events.get(e.ref()), topic.key(), Why.of(topic.evidence())));
			}
		}
		return new ExtractionPreview(date, List.copyOf(events.values()), List.copyOf(people.values()),
				List.copyOf(organizations.values()), List.copyOf(places.values()), positions,
				attendances(article, date, ids, events, people), organizers, topics);
	}

	private static Map<String, PlacePreview> places(List<PlaceMention> mentions, Resolution ids) {
		Map<String, PlacePreview> out = new LinkedHashMap<>();
		mentions.forEach(p -> out.put(p.ref(), null));
		for (PlaceMention p : mentions) {
			place(p, mentions, out, ids);
		}
		return out;
	}

	/** A place after the country it lies in. */
	private static PlacePreview place(PlaceMention p, List<PlaceMention> all, Map<String, PlacePreview> done, Resolution ids) {
		if (done.get(p.ref()) != null) {
			return done.get(p.ref());
		}
		PlaceMention country = all.stream().filter(c -> c.ref().equals(p.countryRef()) && !c.ref().equals(p.ref())).findFirst().orElse(null);
		PlacePreview preview = new PlacePreview(p.ref(), p.name(), p.nameEn(), p.kind() == null ? null : p.kind().name(), p.lexiconKey(),
				country == null ? null : place(country, all, done, ids), resolved(p.ref(), ids), Why.of(p.evidence()));
		done.put(p.ref(), preview);
		return preview;
	}

	private static Map<String, OrganizationPreview> organizations(List<OrganizationMention> mentions, Map<String, PlacePreview> places,
			Resolution ids) {
		Map<String, OrganizationMention> byRef = new HashMap<>();
		mentions.forEach(o -> byRef.put(o.ref(), o));
		Map<String, OrganizationPreview> out = new LinkedHashMap<>();
		mentions.forEach(o -> out.put(o.ref(), null));
		for (OrganizationMention o : mentions) {
			organization(o, byRef, places, out, ids, 0);
		}
		return out;
	}

	/** A body after the body it is part of (a chain of parents is short; a cycle stops at its first repeat). */
	private static OrganizationPreview organization(OrganizationMention o, Map<String, OrganizationMention> byRef,
			Map<String, PlacePreview> places, Map<String, OrganizationPreview> done, Resolution ids, int depth) {
		if (done.get(o.ref()) != null) {
			return done.get(o.ref());
		}
		OrganizationMention parent = byRef.get(o.parentRef());
		OrganizationPreview parentPreview = parent == null || parent == o || depth > byRef.size() ? null
				: organization(parent, byRef, places, done, ids, depth + 1);
		OrganizationPreview preview = new OrganizationPreview(o.ref(), o.name(), o.nameEn(), o.acronym(), o.lexiconKey(), o.national(),
				places.get(o.countryRef()), parentPreview, resolved(o.ref(), ids), Why.of(o.evidence()));
		done.put(o.ref(), preview);
		return preview;
	}

	private List<AttendancePreview> attendances(ArticleExtraction article, PartialDate publishedAt, Resolution ids,
			Map<String, EventPreview> events, Map<String, PersonPreview> people) {
		List<RoleHolders.Office> offices = new ArrayList<>();
		List<Participant> byGraph = new ArrayList<>();
		for (EventMention event : article.events()) {
			PartialDate at = event.start() != null && event.start().hasYear() ? event.start() : publishedAt;
			for (Participant participant : event.attendees()) {
				if (participant.personRef() == null && participant.byRole() != null && holderInArticle(article, participant.byRole()) == null) {
					offices.add(new RoleHolders.Office(participant.byRole().title(), ids.id(participant.byRole().organizationRef()), at));
					byGraph.add(participant);
				}
			}
		}
		List<String> holders = roleHolders.holdersOf(offices);
		List<AttendancePreview> out = new ArrayList<>();
		for (EventMention event : article.events()) {
			for (Participant participant : event.attendees()) {
				PersonPreview person = people.get(participant.personRef());
				String byRole = null;
				String holderId = null;
				Why why = Why.of(participant.evidence());
				if (participant.byRole() != null && person == null) {
					byRole = participant.byRole().title() + organizationName(article, participant.byRole().organizationRef());
					person = people.get(holderInArticle(article, participant.byRole()));
					int index = byGraph.indexOf(participant);
					holderId = person != null ? person.resolution().id() : index >= 0 ? holders.get(index) : null;
					if (holderId != null) {
						why = new Why(why.sentence(), why.rule() + "; the office's holder", Math.min(why.confidence(), Attendees.ROLE_CONFIDENCE));
					}
				}
				out.add(new AttendancePreview(events.get(event.ref()), person, byRole, holderId, participant.role(), why));
			}
		}
		return out;
	}

	/** The person of the article who holds the office named, by title and body. */
	private static String holderInArticle(ArticleExtraction article, Participant.RoleReference role) {
		for (PersonMention person : article.people()) {
			for (PositionMention position : person.positions()) {
				if (position.title().equals(role.title()) && Objects.equals(position.organizationRef(), role.organizationRef())) {
					return person.ref();
				}
			}
		}
		return null;
	}

	private static String organizationName(ArticleExtraction article, String ref) {
		return article.organizations().stream().filter(o -> o.ref().equals(ref)).map(o -> " (" + o.name() + ")").findFirst().orElse("");
	}

	private static Resolved resolved(String ref, Resolution ids) {
		String id = ids.id(ref);
		boolean existing = ids.existed(ref) && ids.inGraph(id);
		return new Resolved(id, existing, existing ? ids.nameInGraph(id) : null);
	}
}
