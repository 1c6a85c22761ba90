package org.majlis.store;

import java.nio.file.Path;
import java.util.Map;

import java.util.LinkedHashMap;
import org.majlis.TestStore;
import org.neo4j.driver.Driver;

/** Everything a store holds once the application has started on it, for comparing stores. */
final class StoredGraph {

	private StoredGraph() {
	}

	/**
	 * What the store in this data folder holds once the application has started on it (and stopped again): its
	 * fingerprint and the demo graph's marks.
	 */
	static Map<String, Object> of(Path dataDir) {
		try (var context = TestStore.start(dataDir)) {
			Driver driver = context.getBean(Driver.class);
			Map<String, Object> graph = new LinkedHashMap<>(TestStore.fingerprint(driver));
			graph.put("demoMarks", TestStore.count(driver, "RETURN COUNT { (:MajlisMeta {key: 'demo'}) }"));
			return graph;
		}
	}
}
