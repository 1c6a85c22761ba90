package org.majlis.place;

import java.util.List;

import org.neo4j.driver.Value;

/** A country, city, region or venue. */
public record Place(String id, String name, String nameEn, List<String> aliases, PlaceKind kind) {

	/** Reads a {@code (:Place)} node. */
	/** The Cypher map projection of the properties {@link #fromNode} reads, for a node bound to {@code variable}. */
	public static String projection(String variable) {
		return variable + " {.id, .name, .nameEn, .aliases, .kind}";
	}

	public static Place fromNode(Value p) {
		return new Place(p.get("id").asString(), p.get("name").asString(), p.get("nameEn").asString(null),
				p.get("aliases").asList(Value::asString, List.of()), PlaceKind.valueOf(p.get("kind").asString("CITY")));
	}
}
