package org.majlis.event;

import java.util.List;

import org.majlis.common.PartialDate;
import org.neo4j.driver.Value;

/** Something that took place: its kind, dates (partial ISO), and whether it was held online. */
public record Event(String id, String name, String nameEn, List<String> aliases, EventKind kind,
		PartialDate startDate, PartialDate endDate, Boolean virtual) {

	/** Reads an {@code (:Event)} node. */
	/** The Cypher map projection of the properties {@link #fromNode} reads, for a node bound to {@code variable}. */
	public static String projection(String variable) {
		return variable + " {.id, .name, .nameEn, .aliases, .kind, .startDate, .endDate, .virtual}";
	}

	public static Event fromNode(Value e) {
		return new Event(e.get("id").asString(), e.get("name").asString(), e.get("nameEn").asString(null),
				e.get("aliases").asList(Value::asString, List.of()), EventKind.valueOf(e.get("kind").asString("OTHER")),
				PartialDate.parseOrNull(e.get("startDate").asString(null)),
				PartialDate.parseOrNull(e.get("endDate").asString(null)),
				e.get("virtual").isNull() ? null : e.get("virtual").asBoolean());
	}
}
