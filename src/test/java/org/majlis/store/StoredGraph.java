package org.majlis.store;

import java.nio.file.Path;
import java.util.Map;

import org.majlis.MajlisApplication;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application without its web server on a data folder, and everything its store holds, for comparing stores. */
final class StoredGraph {

	private StoredGraph() {
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(MajlisApplication.class).web(WebApplicationType.NONE)
			.run("--majlis.neo4j.embedded.data-dir=" + dataDir, "--majlis.neo4j.embedded.bolt-port=0");
	}

	/** What the store in this data folder holds once the application has started on it (and stopped again). */
	static Map<String, Object> of(Path dataDir) {
		try (var context = start(dataDir)) {
			return of(context);
		}
	}

	/** Every node with its labels and properties in a stable order, the counts, and the demo graph's marks. */
	static Map<String, Object> of(ConfigurableApplicationContext context) {
		return context.getBean(Driver.class).executableQuery("""
				MATCH (n) WITH n ORDER BY coalesce(n.id, n.key, toString(n.version)), labels(n)[0]
				WITH count(n) AS nodes, collect([labels(n), properties(n)]) AS contents
				MATCH ()-[r]->() WITH nodes, contents, count(r) AS relationships
				RETURN nodes, relationships, contents, COUNT { (:MajlisMeta {key: 'demo'}) } AS demoMarks
				""")
			.execute().records().getFirst().asMap();
	}
}
