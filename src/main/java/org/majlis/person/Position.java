package org.majlis.person;

import java.util.List;

import org.majlis.common.PartialDate;
import org.majlis.common.Relations;
import org.majlis.common.Source;
import org.neo4j.driver.Value;

/**
 * An office a person held at an organisation: a {@code HOLDS_POSITION} relationship. {@code from} and
 * {@code to} bound the time it is known to have been held (for extracted facts, the dates of the articles
 * that observed it).
 */
public record Position(String personId, String organizationId, String title, String titleEn, PartialDate from,
		PartialDate to, List<Source> sources) {

	/** Reads a row {@code {person: p.id, organization: o.id, rel: r}}. */
	static Position fromRow(Value row) {
		Value r = row.get("rel");
		return new Position(row.get("person").asString(), row.get("organization").asString(), r.get("title").asString(),
				r.get("titleEn").asString(null), PartialDate.parseOrNull(r.get("from").asString(null)),
				PartialDate.parseOrNull(r.get("to").asString(null)), Relations.sourcesOf(r));
	}
}
