package org.majlis.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.majlis.common.ArabicText;
import org.majlis.common.NodeSources;
import org.majlis.common.Paging;
import org.majlis.common.Relations;
import org.majlis.common.Source;
import org.majlis.place.Place;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

	private final Neo4jClient neo4j;

	OrganizationRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<Organization> findPage(OrganizationWhere where, Paging paging) {
		String name = where == null ? null : where.name();
		return neo4j.query("""
				MATCH (o:Organization)
				WHERE $words IS NULL OR all(w IN $words WHERE o.matchText CONTAINS w)
				RETURN o ORDER BY o.name, o.id SKIP $offset LIMIT $limit
				""")
			.bindAll(Map.of("offset", paging.offset(), "limit", paging.fetchSize()))
			.bind(name == null || name.isBlank() ? null : ArabicText.tokens(name)).to("words")
			.fetchAs(Organization.class).mappedBy((types, record) -> Organization.fromNode(record.get("o")))
			.all().stream().toList();
	}

	List<Organization> findByIds(Collection<String> ids) {
		return neo4j.query("MATCH (o:Organization) WHERE o.id IN $ids RETURN o").bind(List.copyOf(ids)).to("ids")
			.fetchAs(Organization.class).mappedBy((types, record) -> Organization.fromNode(record.get("o")))
			.all().stream().toList();
	}

	Map<String, Place> countries(Collection<String> ids) {
		return Relations.one(neo4j, """
				MATCH (o:Organization)-[:IN_COUNTRY]->(c:Place) WHERE o.id IN $ids
				RETURN o.id AS key, c AS value
				""", ids, Place::fromNode);
	}

	Map<String, Organization> parents(Collection<String> ids) {
		return Relations.one(neo4j, """
				MATCH (o:Organization)-[:PART_OF]->(p:Organization) WHERE o.id IN $ids
				RETURN o.id AS key, p AS value
				""", ids, Organization::fromNode);
	}

	Map<String, List<Source>> sources(Collection<String> ids) {
		return NodeSources.ORGANIZATION.of(neo4j, ids);
	}
}
