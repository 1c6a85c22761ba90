package org.majlis.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.PartialDate;
import org.majlis.curation.Judgements;
import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.EventMention;
import org.majlis.ingest.extract.Evidence;
import org.majlis.ingest.extract.FactRef;
import org.majlis.ingest.extract.OrganizationMention;
import org.majlis.ingest.extract.PersonMention;
import org.majlis.ingest.extract.PlaceMention;
import org.majlis.model.NodeLabel;
import org.majlis.model.RelType;
import org.majlis.store.CountryChanges;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes one resolved article: the Article node, every entity (MERGE on its id, aliases and ranks added to
 * what the node had), their MENTIONED_IN sources, and the facts with their sources appended once per
 * article. Run inside the caller's transaction, so an article is written whole or not at all.
 */
@Component
class GraphWriter {

	private static final String ARTICLE_AND_ENTITIES = """
			CREATE (article:Article {id: $id, contentHash: $hash, url: $url, title: $title, publishedAt: $publishedAt,
			                  language: $language, sourceName: $sourceName, ingestedAt: datetime()})
			WITH article
			""" + merge(NodeLabel.PLACE, "places", "n.kind = row.kind", "")
			+ merge(NodeLabel.ORGANIZATION, "organizations", "n.acronym = row.acronym", "")
			+ merge(NodeLabel.PERSON, "people", "n.ranks = []", ", n.ranks = n.ranks + [r IN row.ranks WHERE NOT r IN n.ranks]")
			+ merge(NodeLabel.EVENT, "events", "n.kind = row.kind, n.startDate = row.start, n.endDate = row.end, n.virtual = row.virtual", """
					, n.startDate = coalesce(n.startDate, row.start), n.endDate = coalesce(n.endDate, row.end),
					    n.virtual = coalesce(n.virtual, row.virtual)""")
			+ "RETURN places + organizations + people + events AS nodes\n";

	private final Neo4jClient neo4j;
	private final Judgements judgements;

	GraphWriter(Neo4jClient neo4j, Judgements judgements) {
		this.neo4j = neo4j;
		this.judgements = judgements;
	}

	/**
	 * Writes the Article node and the entities it mentions, in one statement; answers the entity nodes as
	 * written, for their derived properties.
	 */
	List<Value> writeArticle(String articleId, String contentHash, IngestArticleInput input, PartialDate publishedAt,
			ArticleExtraction article, Resolution ids) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", articleId);
		params.put("hash", contentHash);
		params.put("url", input.url());
		params.put("title", input.title());
		params.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
		params.put("language", input.language() == null ? "ar" : input.language());
		params.put("sourceName", input.sourceName());

		List<Map<String, Object>> places = new ArrayList<>();
		for (PlaceMention place : article.places()) {
			Map<String, Object> row = entity(ids.id(place.ref()), place.name(), place.nameEn(), place.aliases(), place.evidence());
			row.put("kind", place.kind().name());
			places.add(row);
		}
		List<Map<String, Object>> entities = new ArrayList<>(labelled(NodeLabel.PLACE, EntityRows.dedupe(places)));

		List<Map<String, Object>> orgs = new ArrayList<>();
		for (OrganizationMention org : article.organizations()) {
			Map<String, Object> row = entity(ids.id(org.ref()), org.name(), org.nameEn(), org.aliases(), org.evidence());
			row.put("acronym", org.acronym());
			orgs.add(row);
		}
		entities.addAll(labelled(NodeLabel.ORGANIZATION, EntityRows.dedupe(orgs)));

		List<Map<String, Object>> people = new ArrayList<>();
		for (PersonMention person : article.people()) {
			Map<String, Object> row = entity(ids.id(person.ref()), person.name(), person.nameEn(), person.aliases(), person.evidence());
			row.put("ranks", person.ranks() == null ? List.of() : person.ranks());
			people.add(row);
		}
		entities.addAll(labelled(NodeLabel.PERSON, EntityRows.dedupePeople(people)));

		List<Map<String, Object>> events = new ArrayList<>();
		for (EventMention event : article.events()) {
			Map<String, Object> row = entity(ids.id(event.ref()), event.name(), event.nameEn(), event.aliases(), event.evidence());
			row.put("kind", event.kind().name());
			row.put("start", event.start() == null ? null : event.start().toString());
			row.put("end", event.end() == null ? null : event.end().toString());
			row.put("virtual", event.virtual());
			events.add(row);
		}
		entities.addAll(labelled(NodeLabel.EVENT, EntityRows.dedupeEvents(events)));
		params.put("entities", entities);
		return neo4j.query(ARTICLE_AND_ENTITIES).bindAll(params).fetchAs(Value.class).mappedBy((types, record) -> record.get("nodes")).one()
			.map(nodes -> nodes.asList(node -> node)).orElse(List.of());
	}

	/** Writes the article's facts; answers the events given a new place and the places given a new country. */
	CountryChanges writeFacts(String articleId, ArticleExtraction article, Resolution ids, PartialDate observedAt) {
		FactWriter facts = new FactWriter(neo4j, judgements, articleId);
		for (PlaceMention place : article.places()) {
			facts.link(RelType.IN_COUNTRY, NodeLabel.PLACE, ids.id(place.ref()), ids.id(place.countryRef()));
		}
		for (OrganizationMention org : article.organizations()) {
			if (!ids.knownBody(org.ref())) {
				facts.link(RelType.IN_COUNTRY, NodeLabel.ORGANIZATION, ids.id(org.ref()), ids.id(org.countryRef()));
			}
			facts.link(RelType.PART_OF, NodeLabel.ORGANIZATION, ids.id(org.ref()), ids.id(org.parentRef()));
		}
		for (PersonMention person : article.people()) {
			person.positions().forEach(position -> facts.position(ids.id(person.ref()), ids.id(position.organizationRef()),
					position.title(), position.titleEn(), observedAt, position.evidence()));
		}
		for (EventMention event : article.events()) {
			String eventId = ids.id(event.ref());
			if (event.placeRef() != null) {
				facts.sourced(RelType.HELD_IN, eventId, ids.id(event.placeRef()), null, event.evidence());
			}
			for (FactRef organizer : event.organizers()) {
				facts.sourced(RelType.ORGANIZED, ids.id(organizer.ref()), eventId, null, organizer.evidence());
			}
			event.topics().forEach(topic -> facts.topic(eventId, topic.key(), topic.evidence()));
		}
		return facts.flush();
	}

	void writeAttendance(String articleId, List<Attendance> attendance) {
		FactWriter facts = new FactWriter(neo4j, judgements, articleId);
		attendance.forEach(a -> facts.sourced(RelType.ATTENDED, a.personId(), a.eventId(), a.role(), a.evidence()));
		facts.flush();
	}

	/**
	 * A subquery that merges the label's nodes from the rows of parameter {@code rows}, one row per node, and
	 * answers them as {@code rows}; {@code onCreate} sets the label's own properties of a new node,
	 * {@code update} (empty or starting with a comma) adds what a node takes from every report.
	 */
	private static String merge(NodeLabel label, String rows, String onCreate, String update) {
		return """
				CALL (article) {
				  UNWIND $entities AS row
				  WITH row WHERE row.label = '%1$s'
				  MERGE (n:%1$s {id: row.id})
				  ON CREATE SET n.name = row.name, n.nameEn = row.nameEn, n.aliases = [], %3$s
				  SET n.nameEn = coalesce(n.nameEn, row.nameEn),
				      n.aliases = n.aliases + [a IN row.aliases WHERE a <> n.name AND NOT a IN n.aliases]%4$s
				  MERGE (n)-[m:MENTIONED_IN]->(article)
				  ON CREATE SET m.quote = row.quote, m.confidence = row.confidence
				  RETURN collect(n) AS %2$s
				}
				""".formatted(label.label(), rows, onCreate, update);
	}

	/**
	 * The rows of one label, tagged with it: the entities of all labels go in one list parameter, since Neo4j keys
	 * its plan cache on the size of every list parameter and one list per label would plan anew for each mix of sizes.
	 */
	private static List<Map<String, Object>> labelled(NodeLabel label, List<Map<String, Object>> rows) {
		rows.forEach(row -> row.put("label", label.label()));
		return rows;
	}

	/** Row of an entity: its id, names, aliases (the mention's own name too, unless it is the node's name). */
	private static Map<String, Object> entity(String id, String name, String nameEn, List<String> aliases, Evidence evidence) {
		Set<String> all = new LinkedHashSet<>();
		all.add(name);
		if (aliases != null) {
			aliases.stream().filter(a -> a != null && !a.isBlank()).forEach(all::add);
		}
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("name", name);
		row.put("nameEn", nameEn);
		row.put("aliases", List.copyOf(all));
		row.put("quote", evidence == null ? null : evidence.quote());
		row.put("confidence", evidence == null ? 1.0 : evidence.confidence());
		return row;
	}
}
