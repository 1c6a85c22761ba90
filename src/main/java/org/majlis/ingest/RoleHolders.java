package org.majlis.ingest;

import java.util.List;
import java.util.Map;

import org.majlis.common.ArabicText;
import org.majlis.common.PartialDate;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Who held an office at a date, for people an article names only by their office ("رئيس الإنتربول"): the
 * holder whose observed term covers the date, or the only holder known. Several holders and no date to tell
 * them apart answer nobody: a wrong attendee misleads more than a missing one.
 */
@Component
class RoleHolders {

	private final Neo4jClient neo4j;

	RoleHolders(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	String holderOf(String title, String organizationId, PartialDate at) {
		if (title == null || organizationId == null) {
			return null;
		}
		List<Map<String, Object>> holders = List.copyOf(neo4j.query("""
				MATCH (p:Person)-[r:HOLDS_POSITION {titleKey: $titleKey}]->(:Organization {id: $organization})
				RETURN p.id AS id, r.from AS from, r.to AS to ORDER BY r.to DESC
				""").bindAll(Map.of("titleKey", ArabicText.key(title), "organization", organizationId)).fetch().all());
		if (holders.size() == 1) {
			return (String) holders.getFirst().get("id");
		}
		if (at == null || !at.hasYear()) {
			return null;
		}
		String date = at.toString();
		return holders.stream()
			.filter(h -> h.get("from") != null && h.get("to") != null)
			.filter(h -> ((String) h.get("from")).compareTo(date) <= 0 && ((String) h.get("to")).compareTo(date) >= 0)
			.map(h -> (String) h.get("id"))
			.findFirst().orElse(null);
	}
}
