package org.majlis.person;

import java.util.List;
import java.util.Objects;

import org.majlis.common.PartialDate;
import org.majlis.common.Relations;
import org.majlis.common.Source;
import org.majlis.organization.Organization;
import org.neo4j.driver.Value;

/**
 * An office a person held at an organisation: a {@code HOLDS_POSITION} relationship. {@code from} and
 * {@code to} bound the time it is known to have been held (for extracted facts, the dates of the articles
 * that observed it). The person and the organisation come with it, read in the same query, so that asking
 * for them costs no further look-up; equality is the relationship's (who, where, which title, when).
 */
public record Position(Person person, Organization organization, String title, String titleEn, PartialDate from,
		PartialDate to, List<Source> sources) {

	/** The Cypher map a row's {@code value} must be, for a person {@code p}, relationship {@code r} and organisation {@code o}. */
	static final String ROW = "{person: " + Person.projection("p") + ", organization: " + Organization.projection("o") + ", rel: r}";

	/** Reads a row written as {@link #ROW}. */
	static Position fromRow(Value row) {
		Value r = row.get("rel");
		return new Position(Person.fromNode(row.get("person")), Organization.fromNode(row.get("organization")),
				r.get("title").asString(), r.get("titleEn").asString(null), PartialDate.parseOrNull(r.get("from").asString(null)),
				PartialDate.parseOrNull(r.get("to").asString(null)), Relations.sourcesOf(r));
	}

	public String personId() {
		return person.id();
	}

	public String organizationId() {
		return organization.id();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Position that && personId().equals(that.personId()) && organizationId().equals(that.organizationId())
				&& title.equals(that.title) && Objects.equals(from, that.from) && Objects.equals(to, that.to);
	}

	@Override
	public int hashCode() {
		return Objects.hash(personId(), organizationId(), title, from, to);
	}
}
