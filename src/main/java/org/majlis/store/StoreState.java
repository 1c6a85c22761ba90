package org.majlis.store;

import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

/**
 * What start-up needs to know of the store, read in one statement (compiled while Neo4j starts, see
 * {@link EmbeddedNeo4jStarter}): the applied migrations with their checksums, the {@code MajlisMeta} records (demo
 * graph, topic vocabulary, derived properties), and whether it holds any data. An up-to-date store starts with this
 * statement alone.
 */
record StoreState(Map<Integer, String> migrations, Map<String, Value> meta, boolean hasData) {

	static final String STATEMENT = """
			RETURN COLLECT { MATCH (m:MajlisMigration) RETURN [m.version, m.checksum] } AS migrations,
			       COLLECT { MATCH (m:MajlisMeta) RETURN m } AS meta,
			       EXISTS { MATCH (:Article) } OR EXISTS { MATCH (:Person) } OR EXISTS { MATCH (:Organization) }
			       OR EXISTS { MATCH (:Event) } AS hasData""";

	static StoreState read(Driver driver, SessionConfig sessions) {
		try (var session = driver.session(sessions)) {
			return session.executeRead(tx -> of(tx.run(STATEMENT).single()));
		}
	}

	private static StoreState of(Record record) {
		Map<Integer, String> migrations = new HashMap<>();
		record.get("migrations").values().forEach(pair -> migrations.put(pair.get(0).asInt(), pair.get(1).asString()));
		Map<String, Value> meta = new HashMap<>();
		record.get("meta").values().forEach(node -> meta.put(node.get("key").asString(), node));
		return new StoreState(migrations, meta, record.get("hasData").asBoolean());
	}

	/** A property of a {@code MajlisMeta} record, or null. */
	Object meta(String key, String property) {
		Value node = meta.get(key);
		return node == null || node.get(property).isNull() ? null : node.get(property).asObject();
	}
}
