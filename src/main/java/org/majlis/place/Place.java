package org.majlis.place;

import java.util.List;

import org.neo4j.driver.Value;

/** A country, city, region or venue. */
public record Place(String id, String name, String nameEn, List<String> aliases, PlaceKind kind) {

	/** Reads a {@code (:Place)} node. */
	public static Place fromNode(Value p) {
		return new Place(p.get("id").asString(), p.get("name").asString(), p.get("nameEn").asString(null),
				p.get("aliases").asList(Value::asString, List.of()), PlaceKind.valueOf(p.get("kind").asString("CITY")));
	}
}
