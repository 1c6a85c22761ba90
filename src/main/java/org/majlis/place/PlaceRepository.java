package org.majlis.place;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.majlis.common.Paging;
import org.majlis.common.Relations;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class PlaceRepository {

	private final Neo4jClient neo4j;

	PlaceRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<Place> findPage(Paging paging) {
		return neo4j.query("MATCH (p:Place) RETURN p ORDER BY p.name, p.id SKIP $offset LIMIT $limit")
			.bindAll(Map.of("offset", paging.offset(), "limit", paging.fetchSize()))
			.fetchAs(Place.class).mappedBy((types, record) -> Place.fromNode(record.get("p"))).all().stream().toList();
	}

	List<Place> findByIds(Collection<String> ids) {
		return neo4j.query("MATCH (p:Place) WHERE p.id IN $ids RETURN p").bind(List.copyOf(ids)).to("ids")
			.fetchAs(Place.class).mappedBy((types, record) -> Place.fromNode(record.get("p"))).all().stream().toList();
	}

	Map<String, Place> countries(Collection<String> placeIds) {
		return Relations.one(neo4j, """
				MATCH (p:Place)-[:IN_COUNTRY]->(c:Place) WHERE p.id IN $ids
				RETURN p.id AS key, c AS value
				""", placeIds, Place::fromNode);
	}
}
