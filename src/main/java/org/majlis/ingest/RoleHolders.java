package org.majlis.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.majlis.common.ArabicText;
import org.majlis.common.PartialDate;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Who held an office at a date, for people an article names only by their office ("رئيس الإنتربول"): the
 * only holder known; else the holder whose observed term covers the date, else the one last observed in
 * office before it, else the first observed after it. Several holders and no date to tell them apart answer
 * nobody: a wrong attendee misleads more than a missing one.
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
		List<Map<String, Object>> dated = holders.stream().filter(h -> h.get("from") != null && h.get("to") != null).toList();
		return dated.stream()
			.filter(h -> text(h, "from").compareTo(date) <= 0 && text(h, "to").compareTo(date) >= 0)
			.findFirst()
			.or(() -> dated.stream().filter(h -> text(h, "to").compareTo(date) <= 0)
				.max(Comparator.comparing(h -> text(h, "to"))))
			.or(() -> dated.stream().filter(h -> text(h, "from").compareTo(date) >= 0)
				.min(Comparator.comparing(h -> text(h, "from"))))
			.map(h -> text(h, "id"))
			.orElse(null);
	}

	private static String text(Map<String, Object> row, String key) {
		return (String) row.get(key);
	}
}
