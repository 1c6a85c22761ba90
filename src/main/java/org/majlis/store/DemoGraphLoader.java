package org.majlis.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo graph, {@code cypher/demo/*.cypher} in file-name order, in one transaction, on the first
 * start with an empty store, and marks the store so that it is never loaded twice.
 */
@Component
class DemoGraphLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoGraphLoader.class);
	private static final String LOCATION = "classpath:cypher/demo/*.cypher";

	private final Neo4jClient neo4j;

	DemoGraphLoader(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Loads the demo graph if the store is empty and has never held it; answers what became of it. */
	@Transactional
	StoreStatus.Demo loadIfEmpty(StoreState state) {
		if (state.meta().containsKey("demo")) {
			return StoreStatus.Demo.LOADED_BEFORE;
		}
		if (state.hasData()) {
			return StoreStatus.Demo.NOT_LOADED;
		}
		int statements = 0;
		for (Resource script : scripts()) {
			for (String statement : Migration.of("V0__demo.cypher", read(script)).statements()) {
				neo4j.query(statement).run();
				statements++;
			}
		}
		neo4j.query("MERGE (m:MajlisMeta {key: 'demo'}) SET m.loadedAt = datetime()").run();
		log.info("Loaded the demo graph ({} statements)", statements);
		return StoreStatus.Demo.LOADED_NOW;
	}

	private static List<Resource> scripts() {
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(LOCATION))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the demo graph scripts", ex);
		}
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource.getFilename(), ex);
		}
	}
}
