package org.majlis.topic;

import org.neo4j.driver.Value;

/** A topic of the vocabulary; {@code key} is stable API ("cybercrime"), {@code id} is {@code topic:<key>}. */
public record Topic(String id, String key, String name, String nameEn) {

	/** Reads a {@code (:Topic)} node. */
	public static Topic fromNode(Value t) {
		return new Topic(t.get("id").asString(), t.get("key").asString(), t.get("name").asString(),
				t.get("nameEn").asString());
	}
}
