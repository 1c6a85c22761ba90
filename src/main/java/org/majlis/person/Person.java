package org.majlis.person;

import java.util.List;

import org.neo4j.driver.Value;

/** A person, named as the sources write it without ranks or honorifics, which are kept in {@code ranks}. */
public record Person(String id, String name, String nameEn, List<String> aliases, List<String> ranks) {

	/** Reads a {@code (:Person)} node. */
	/** The Cypher map projection of the properties {@link #fromNode} reads, for a node bound to {@code variable}. */
	public static String projection(String variable) {
		return variable + " {.id, .name, .nameEn, .aliases, .ranks}";
	}

	public static Person fromNode(Value p) {
		return new Person(p.get("id").asString(), p.get("name").asString(), p.get("nameEn").asString(null),
				p.get("aliases").asList(Value::asString, List.of()), p.get("ranks").asList(Value::asString, List.of()));
	}
}
