package org.majlis.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.majlis.common.ArabicText;
import org.majlis.common.NodeSources;
import org.majlis.common.Paging;
import org.majlis.common.Relations;
import org.majlis.common.Source;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

	private final Neo4jClient neo4j;

	PersonRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<Person> findPage(PersonWhere where, Paging paging) {
		PersonWhere filter = where == null ? new PersonWhere(null, null, null) : where;
		Map<String, Object> params = new HashMap<>();
		params.put("offset", paging.offset());
		params.put("limit", paging.fetchSize());
		params.put("words", filter.name() == null || filter.name().isBlank() ? null : ArabicText.tokens(filter.name()));
		params.put("organization", filter.organization());
		params.put("topic", topicKey(filter.attendedTopic()));
		return neo4j.query("""
				MATCH (p:Person)
				WHERE ($words IS NULL OR all(w IN $words WHERE p.matchText CONTAINS w))
				  AND ($organization IS NULL OR EXISTS { (p)-[:HOLDS_POSITION]->(:Organization {id: $organization}) })
				  AND ($topic IS NULL OR EXISTS { (p)-[:ATTENDED]->(:Event)-[:ABOUT]->(:Topic {key: $topic}) })
				RETURN p ORDER BY p.name, p.id SKIP $offset LIMIT $limit
				""").bindAll(params)
			.fetchAs(Person.class).mappedBy((types, record) -> Person.fromNode(record.get("p")))
			.all().stream().toList();
	}

	private static String topicKey(String topic) {
		return topic == null || topic.isBlank() ? null : topic.replaceFirst("^topic:", "");
	}

	List<Person> findByIds(Collection<String> ids) {
		return neo4j.query("MATCH (p:Person) WHERE p.id IN $ids RETURN " + Person.projection("p") + " AS p").bind(List.copyOf(ids)).to("ids")
			.fetchAs(Person.class).mappedBy((types, record) -> Person.fromNode(record.get("p")))
			.all().stream().toList();
	}

	Map<String, List<Position>> positionsOfPeople(Collection<String> personIds) {
		return Relations.many(neo4j, """
				MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization) WHERE p.id IN $ids
				RETURN p.id AS key, %s AS value
				ORDER BY r.from DESC, r.title
				""".formatted(Position.ROW), personIds, Position::fromRow);
	}

	Map<String, List<Position>> positionsAtOrganizations(Collection<String> organizationIds) {
		return Relations.many(neo4j, """
				MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization) WHERE o.id IN $ids
				RETURN o.id AS key, %s AS value
				ORDER BY r.from DESC, r.title, p.name
				""".formatted(Position.ROW), organizationIds, Position::fromRow);
	}

	Map<String, List<Source>> sources(Collection<String> ids) {
		return NodeSources.PERSON.of(neo4j, ids);
	}
}
