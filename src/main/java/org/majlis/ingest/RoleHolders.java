package org.majlis.ingest;

import java.util.ArrayList;
import java.util.Collections;
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
 * nobody: a wrong attendee misleads more than a missing one. The offices of an article are looked up in one query.
 */
@Component
class RoleHolders {

	/** An office at a date; title or organisation may be missing, and then nobody holds it. */
	record Office(String title, String organizationId, PartialDate at) {
	}

	private final Neo4jClient neo4j;

	RoleHolders(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The holder of each office, in the order of the offices (null where nobody is known). */
	List<String> holdersOf(List<Office> offices) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < offices.size(); i++) {
			Office office = offices.get(i);
			if (office.title() != null && office.organizationId() != null) {
				rows.add(Map.of("index", i, "titleKey", ArabicText.key(office.title()), "organization", office.organizationId()));
			}
		}
		List<String> holders = new ArrayList<>(Collections.nCopies(offices.size(), null));
		if (rows.isEmpty()) {
			return holders;
		}
		for (Map<String, Object> row : neo4j.query("""
				UNWIND $rows AS row
				CALL (row) {
				  MATCH (p:Person)-[r:HOLDS_POSITION {titleKey: row.titleKey}]->(:Organization {id: row.organization})
				  WITH p, r ORDER BY r.to DESC
				  RETURN collect({id: p.id, from: r.from, to: r.to}) AS holders
				}
				RETURN row.index AS index, holders
				""").bind(rows).to("rows").fetch().all()) {
			int index = ((Number) row.get("index")).intValue();
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> known = (List<Map<String, Object>>) row.get("holders");
			holders.set(index, holderAt(known, offices.get(index).at()));
		}
		return holders;
	}

	private static String holderAt(List<Map<String, Object>> holders, PartialDate at) {
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
