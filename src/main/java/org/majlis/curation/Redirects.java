package org.majlis.curation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Merged-away ids and their survivors ({@code :Redirect}, unique on id), looked up by the unique index. */
@Component
class Redirects {

	private static final String SURVIVORS = """
			UNWIND $ids AS id
			MATCH (r:Redirect {id: id})
			RETURN r.id AS id, r.survivor AS survivor
			""";

	private final Neo4jClient neo4j;

	Redirects(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The survivor of each of these ids that was merged away; ids never merged are not in the map. */
	Map<String, String> survivors(Collection<String> ids) {
		Map<String, String> out = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return out;
		}
		neo4j.query(SURVIVORS).bind(List.copyOf(ids)).to("ids").fetch().all()
			.forEach(row -> out.put((String) row.get("id"), (String) row.get("survivor")));
		return out;
	}
}
