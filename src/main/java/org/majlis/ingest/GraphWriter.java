package org.majlis.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.EventMention;
import org.majlis.ingest.extract.Evidence;
import org.majlis.ingest.extract.FactRef;
import org.majlis.ingest.extract.OrganizationMention;
import org.majlis.ingest.extract.PersonMention;
import org.majlis.ingest.extract.PlaceMention;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes one resolved article: the Article node, every entity (MERGE on its id, aliases and ranks added to
 * what the node had), their MENTIONED_IN sources, and the facts with their sources appended once per
 * article. Run inside the caller's transaction, so an article is written whole or not at all.
 */
@Component
class GraphWriter {

	private final Neo4jClient neo4j;
	private final FactWriter facts;

	GraphWriter(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.facts = new FactWriter(neo4j);
	}

	void writeArticle(String articleId, String contentHash, IngestArticleInput input, PartialDate publishedAt) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", articleId);
		params.put("hash", contentHash);
		params.put("url", input.url());
		params.put("title", input.title());
		params.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
		params.put("language", input.language() == null ? "ar" : input.language());
		params.put("sourceName", input.sourceName());
		neo4j.query("""
				CREATE (a:Article {id: $id, contentHash: $hash, url: $url, title: $title, publishedAt: $publishedAt,
				                  language: $language, sourceName: $sourceName, ingestedAt: datetime()})
				""").bindAll(params).run();
	}

	void writeEntities(String articleId, ArticleExtraction article, Resolution ids) {
		List<Map<String, Object>> places = new ArrayList<>();
		for (PlaceMention place : article.places()) {
			Map<String, Object> row = entity(ids.id(place.ref()), place.name(), place.nameEn(), place.aliases(), place.evidence());
			row.put("kind", place.kind().name());
			places.add(row);
		}
		merge("Place", "n.kind = row.kind", places, articleId);

		List<Map<String, Object>> orgs = new ArrayList<>();
		for (OrganizationMention org : article.organizations()) {
			Map<String, Object> row = entity(ids.id(org.ref()), org.name(), org.nameEn(), org.aliases(), org.evidence());
			row.put("acronym", org.acronym());
			orgs.add(row);
		}
		merge("Organization", "n.acronym = row.acronym", orgs, articleId);

		List<Map<String, Object>> people = new ArrayList<>();
		for (PersonMention person : article.people()) {
			Map<String, Object> row = entity(ids.id(person.ref()), person.name(), person.nameEn(), person.aliases(), person.evidence());
			row.put("ranks", person.ranks() == null ? List.of() : person.ranks());
			people.add(row);
		}
		merge("Person", "n.ranks = []", people, articleId);
		neo4j.query("""
				UNWIND $rows AS row
				MATCH (n:Person {id: row.id})
				SET n.ranks = n.ranks + [r IN row.ranks WHERE NOT r IN n.ranks]
				""").bind(people).to("rows").run();

		List<Map<String, Object>> events = new ArrayList<>();
		for (EventMention event : article.events()) {
			Map<String, Object> row = entity(ids.id(event.ref()), event.name(), event.nameEn(), event.aliases(), event.evidence());
			row.put("kind", event.kind().name());
			row.put("start", event.start() == null ? null : event.start().toString());
			row.put("end", event.end() == null ? null : event.end().toString());
			row.put("virtual", event.virtual());
			events.add(row);
		}
		merge("Event", "n.kind = row.kind, n.startDate = row.start, n.endDate = row.end, n.virtual = row.virtual", events, articleId);
		neo4j.query("""
				UNWIND $rows AS row
				MATCH (n:Event {id: row.id})
				SET n.startDate = coalesce(n.startDate, row.start), n.endDate = coalesce(n.endDate, row.end),
				    n.virtual = coalesce(n.virtual, row.virtual)
				""").bind(events).to("rows").run();
	}

	void writeFacts(String articleId, ArticleExtraction article, Resolution ids, PartialDate observedAt) {
		for (PlaceMention place : article.places()) {
			facts.link("Place", ids.id(place.ref()), "IN_COUNTRY", "Place", ids.id(place.countryRef()));
		}
		for (OrganizationMention org : article.organizations()) {
			facts.link("Organization", ids.id(org.ref()), "IN_COUNTRY", "Place", ids.id(org.countryRef()));
			facts.link("Organization", ids.id(org.ref()), "PART_OF", "Organization", ids.id(org.parentRef()));
		}
		for (PersonMention person : article.people()) {
			person.positions().forEach(position -> facts.position(articleId, ids.id(person.ref()),
					ids.id(position.organizationRef()), position.title(), position.titleEn(), observedAt, position.evidence()));
		}
		for (EventMention event : article.events()) {
			String eventId = ids.id(event.ref());
			if (event.placeRef() != null) {
				facts.sourced(articleId, "Event", eventId, "HELD_IN", "Place", ids.id(event.placeRef()), null, event.evidence());
			}
			for (FactRef organizer : event.organizers()) {
				facts.sourced(articleId, "Organization", ids.id(organizer.ref()), "ORGANIZED", "Event", eventId, null, organizer.evidence());
			}
			event.topics().forEach(topic -> facts.topic(articleId, eventId, topic.key(), topic.evidence()));
		}
	}

	void writeAttendance(String articleId, String personId, String eventId, String role, Evidence evidence) {
		facts.sourced(articleId, "Person", personId, "ATTENDED", "Event", eventId, role, evidence);
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

	/** MERGE of the label's nodes; {@code onCreate} sets the label's own properties of a new node. */
	private void merge(String label, String onCreate, List<Map<String, Object>> rows, String articleId) {
		if (rows.isEmpty()) {
			return;
		}
		neo4j.query("""
				UNWIND $rows AS row
				MERGE (n:%s {id: row.id})
				ON CREATE SET n.name = row.name, n.nameEn = row.nameEn, n.aliases = [], %s
				SET n.nameEn = coalesce(n.nameEn, row.nameEn),
				    n.aliases = n.aliases + [a IN row.aliases WHERE a <> n.name AND NOT a IN n.aliases]
				WITH n, row
				MATCH (a:Article {id: $articleId})
				MERGE (n)-[m:MENTIONED_IN]->(a)
				ON CREATE SET m.quote = row.quote, m.confidence = row.confidence
				""".formatted(label, onCreate)).bind(dedupe(rows)).to("rows").bind(articleId).to("articleId").run();
	}

	/** One row per id (two mentions of an article may resolve to one node), their aliases united. */
	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> dedupe(List<Map<String, Object>> rows) {
		Map<Object, Map<String, Object>> byId = new java.util.LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			Map<String, Object> first = byId.putIfAbsent(row.get("id"), row);
			if (first != null) {
				Set<String> aliases = new LinkedHashSet<>((List<String>) first.get("aliases"));
				aliases.addAll((List<String>) row.get("aliases"));
				first.put("aliases", List.copyOf(aliases));
			}
		}
		return List.copyOf(byId.values());
	}
}
