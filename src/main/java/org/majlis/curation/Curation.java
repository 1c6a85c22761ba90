package org.majlis.curation;

import java.time.OffsetDateTime;
import java.util.List;

import org.neo4j.driver.Value;

/**
 * One recorded correction: the action (merge, retract or keep-apart), the ids it concerned (the survivor first
 * for a merge), the analyst's note, who made it (a token's name or a JWT subject, never a token) and when.
 * {@code detail} names the fact of a retraction ({@code ATTENDED}, {@code HOLDS_POSITION رئيس}).
 */
public record Curation(String id, String action, List<String> subjects, String note, String by, OffsetDateTime at, String detail) {

	public static final String MERGE = "merge";
	public static final String RETRACT = "retract";
	public static final String KEEP_APART = "keep-apart";

	static Curation fromNode(Value c) {
		return new Curation(c.get("id").asString(), c.get("action").asString(), c.get("subjects").asList(Value::asString, List.of()),
				c.get("note").asString(null), c.get("by").asString(), c.get("at").asZonedDateTime().toOffsetDateTime(),
				c.get("detail").asString(null));
	}
}
