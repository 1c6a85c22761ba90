package org.majlis.organization;

import java.util.List;

import org.neo4j.driver.Value;

/** An organisation, with the short forms and acronym news use for it. */
public record Organization(String id, String name, String nameEn, List<String> aliases, String acronym) {

	/** Reads an {@code (:Organization)} node. */
	/** The Cypher map projection of the properties {@link #fromNode} reads, for a node bound to {@code variable}. */
	public static String projection(String variable) {
		return variable + " {.id, .name, .nameEn, .aliases, .acronym}";
	}

	public static Organization fromNode(Value o) {
		return new Organization(o.get("id").asString(), o.get("name").asString(), o.get("nameEn").asString(null),
				o.get("aliases").asList(Value::asString, List.of()), o.get("acronym").asString(null));
	}
}
