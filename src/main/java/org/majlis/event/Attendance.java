package org.majlis.event;

import java.util.List;

import org.majlis.common.Relations;
import org.majlis.common.Source;
import org.neo4j.driver.Value;

/**
 * That a person took part in an event (an {@code ATTENDED} relationship), in which role, and the sentences
 * that say so.
 */
public record Attendance(String personId, String eventId, String role, List<Source> sources) {

	static Attendance fromRow(Value row) {
		Value r = row.get("rel");
		return new Attendance(row.get("person").asString(), row.get("event").asString(), r.get("role").asString(null),
				Relations.sourcesOf(r));
	}
}
