package org.majlis.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Pairs of nodes judged to be different entities ({@code :KeptApart}, ids {@code a < b}), by their range indexes. */
@Component
class KeptApartPairs {

	private static final String PARTNERS = """
			UNWIND $ids AS id
			CALL (id) {
			  MATCH (k:KeptApart {a: id}) RETURN k.b AS partner
			  UNION
			  MATCH (k:KeptApart {b: id}) RETURN k.a AS partner
			}
			RETURN id, collect(partner) AS partners
			""";

	private static final String RECORD = """
			MERGE (k:KeptApart {key: $a + '|' + $b})
			ON CREATE SET k.a = $a, k.b = $b, k.curation = $curation
			""";

	private final Neo4jClient neo4j;

	KeptApartPairs(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** For each of these ids that is kept apart from others, those others. */
	Map<String, List<String>> partners(Collection<String> ids) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return out;
		}
		for (Map<String, Object> row : neo4j.query(PARTNERS).bind(List.copyOf(ids)).to("ids").fetch().all()) {
			@SuppressWarnings("unchecked")
			List<String> partners = (List<String>) row.get("partners");
			if (!partners.isEmpty()) {
				out.put((String) row.get("id"), List.copyOf(partners));
			}
		}
		return out;
	}

	/** The kept-apart pairs both of whose ids are among these. */
	List<List<String>> among(Collection<String> ids) {
		Set<String> all = Set.copyOf(ids);
		List<List<String>> pairs = new ArrayList<>();
		partners(ids).forEach((id, partners) -> partners.stream().filter(all::contains).filter(p -> id.compareTo(p) < 0)
			.forEach(p -> pairs.add(List.of(id, p))));
		return pairs;
	}

	/** Records the pair; answers false when it was kept apart already. */
	boolean record(String x, String y, String curationId) {
		String a = x.compareTo(y) < 0 ? x : y;
		String b = a.equals(x) ? y : x;
		return neo4j.query(RECORD).bind(a).to("a").bind(b).to("b").bind(curationId).to("curation").run().counters().nodesCreated() > 0;
	}
}
