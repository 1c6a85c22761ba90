package org.majlis.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping and starting on the same data folder leaves the graph exactly as it was. */
class StoreRestartTests {

	@Test
	void shouldLeaveTheGraphAsItWasAfterARestart() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-");
		Map<String, Object> first = StoredGraph.of(dataDir);
		assertThat(StoredGraph.of(dataDir)).isEqualTo(first);
		assertThat(first.get("demoMarks")).isEqualTo(1L);
		assertThat((Long) first.get("nodes")).isGreaterThan(50);
	}
}
