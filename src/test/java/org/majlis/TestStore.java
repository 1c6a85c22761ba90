package org.majlis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What tests ask of a store, once for all of them: counts and rows of a Cypher query, a fingerprint of everything it
 * holds, and the application started without its web server on a data folder of its own.
 */
public final class TestStore {

	private TestStore() {
	}

	/** The application without its web server on this data folder (Bolt on a free port), with these further settings. */
	public static ConfigurableApplicationContext start(Path dataDir, String... settings) {
		List<String> args = new ArrayList<>(List.of("--majlis.neo4j.embedded.data-dir=" + dataDir, "--majlis.neo4j.embedded.bolt-port=0"));
		args.addAll(List.of(settings));
		return new SpringApplicationBuilder(MajlisApplication.class).web(WebApplicationType.NONE).run(args.toArray(String[]::new));
	}

	/** The number a query answers in its first column of its first row. */
	public static long count(Driver driver, String cypher) {
		return count(driver, cypher, Map.of());
	}

	public static long count(Driver driver, String cypher, Map<String, Object> parameters) {
		return driver.executableQuery(cypher).withParameters(parameters).execute().records().getFirst().get(0).asLong();
	}

	/** Every row a query answers, as maps. */
	public static List<Map<String, Object>> rows(Driver driver, String cypher) {
		return driver.executableQuery(cypher).execute().records().stream().map(record -> record.asMap()).toList();
	}

	/** Every node's labels and properties, in a stable order, with the node and relationship counts: equal for equal stores. */
	public static Map<String, Object> fingerprint(Driver driver) {
		return rows(driver, """
				MATCH (n) WITH n ORDER BY coalesce(n.id, n.key, toString(n.version)), labels(n)[0]
				WITH count(n) AS nodes, collect([labels(n), properties(n)]) AS contents
				MATCH ()-[r]->() WITH nodes, contents, count(r) AS relationships
				RETURN nodes, relationships, contents
				""").getFirst();
	}
}
