package org.majlis.curation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.majlis.common.Paging;
import org.majlis.model.NodeLabel;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The audit trail: {@code :Curation} nodes, newest first, found by id and by the ids they concern. */
@Component
class CurationLog {

	private static final String RECORD = """
			CREATE (c:Curation {id: $id, action: $action, subjects: $subjects, subjectText: $subjectText, note: $note,
			                    by: $by, at: coalesce(datetime($at), datetime()), detail: $detail})
			RETURN c
			""";

	private static final String PAGE = """
			MATCH (c:Curation) WHERE c.at IS NOT NULL
			RETURN c ORDER BY c.at DESC, c.id DESC SKIP $offset LIMIT $limit
			""";

	private static final String BY_IDS = "MATCH (c:Curation) WHERE c.id IN $ids RETURN c ORDER BY c.at DESC, c.id DESC";

	private static final String ABOUT = """
			UNWIND $probes AS probe
			MATCH (c:Curation) WHERE c.subjectText CONTAINS probe
			WITH DISTINCT c ORDER BY c.at DESC, c.id DESC
			RETURN c
			""";

	private final Neo4jClient neo4j;

	CurationLog(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Records a curation made now by {@code by}. */
	Curation record(String action, List<String> subjects, String note, String by, String detail) {
		return record(NodeLabel.CURATION.id(UUID.randomUUID().toString()), action, subjects, note, by, null, detail);
	}

	/** Records a curation with a given id and time (one applied from an export); {@code at} null means now. */
	Curation record(String id, String action, List<String> subjects, String note, String by, String at, String detail) {
		if (by == null || by.isBlank()) {
			throw new IllegalArgumentException("A curation needs to know who made it");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("action", action);
		params.put("subjects", subjects);
		params.put("subjectText", "|" + String.join("|", subjects) + "|");
		params.put("note", note == null || note.isBlank() ? null : note.strip());
		params.put("by", by);
		params.put("at", at);
		params.put("detail", detail);
		return neo4j.query(RECORD).bindAll(params).fetchAs(Curation.class).mappedBy((t, r) -> Curation.fromNode(r.get("c"))).one()
			.orElseThrow();
	}

	List<Curation> page(Paging paging) {
		return List.copyOf(neo4j.query(PAGE).bind(paging.offset()).to("offset").bind(paging.fetchSize()).to("limit")
			.fetchAs(Curation.class).mappedBy((t, r) -> Curation.fromNode(r.get("c"))).all());
	}

	List<Curation> findByIds(Collection<String> ids) {
		return List.copyOf(neo4j.query(BY_IDS).bind(List.copyOf(ids)).to("ids").fetchAs(Curation.class)
			.mappedBy((t, r) -> Curation.fromNode(r.get("c"))).all());
	}

	/** The curations that concern any of these ids, newest first. */
	List<Curation> about(Collection<String> ids) {
		List<String> probes = ids.stream().map(id -> "|" + id + "|").toList();
		return List.copyOf(neo4j.query(ABOUT).bind(probes).to("probes").fetchAs(Curation.class)
			.mappedBy((t, r) -> Curation.fromNode(r.get("c"))).all());
	}

	boolean exists(String id) {
		return neo4j.query("MATCH (c:Curation {id: $id}) RETURN count(c) > 0").bind(id).to("id").fetchAs(Boolean.class).one()
			.orElse(false);
	}
}
