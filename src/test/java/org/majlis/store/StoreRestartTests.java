package org.majlis.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisApplication;
import org.neo4j.driver.Driver;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping and starting on the same data folder leaves the graph exactly as it was. */
class StoreRestartTests {

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(MajlisApplication.class).web(WebApplicationType.NONE)
			.run("--majlis.neo4j.embedded.data-dir=" + dataDir, "--majlis.neo4j.embedded.bolt-port=0");
	}

	private static Map<String, Object> fingerprint(ConfigurableApplicationContext context) {
		return context.getBean(Driver.class).executableQuery("""
				MATCH (n) WITH n ORDER BY coalesce(n.id, n.key, toString(n.version)), labels(n)[0]
				WITH count(n) AS nodes, collect([labels(n), properties(n)]) AS contents
				MATCH ()-[r]->() WITH nodes, contents, count(r) AS relationships
				RETURN nodes, relationships, contents, COUNT { (:MajlisMeta {key: 'demo'}) } AS demoMarks
				""")
			.execute().records().getFirst().asMap();
	}

	@Test
	void shouldLeaveTheGraphAsItWasAfterARestart() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-");
		Map<String, Object> first;
		try (var context = start(dataDir)) {
			first = fingerprint(context);
		}
		try (var context = start(dataDir)) {
			assertThat(fingerprint(context)).isEqualTo(first);
		}
		assertThat(first.get("demoMarks")).isEqualTo(1L);
		assertThat((Long) first.get("nodes")).isGreaterThan(50);
	}
}
