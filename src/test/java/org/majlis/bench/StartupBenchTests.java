package org.majlis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StartupBenchTests {

	@Test
	void readsTheStepTimesOfAServiceLog(@TempDir Path folder) throws Exception {
		Path log = Files.writeString(folder.resolve("service.log"), """
				2026-12-01 INFO  o.m.s.EmbeddedNeo4jStarter : Copied the build's demo store into /x in 95 ms
				2026-12-01 INFO  o.m.s.EmbeddedNeo4jStarter : Embedded Neo4j started in 4210 ms with its store in /x
				2026-12-01 INFO  o.m.s.EmbeddedNeo4jStarter : Embedded Neo4j compiled its first Cypher statement in 950 ms
				2026-12-01 INFO  o.m.s.StoreInitializer : Store initialisation: migrations in 1320 ms
				2026-12-01 INFO  o.m.s.StoreInitializer : Store initialisation: demo graph in 2400 ms
				2026-12-01 INFO  o.m.MajlisApplication : Started MajlisApplication in 9.87 seconds (process running for 10.4)
				""");

		assertThat(StartupRun.steps(log)).containsExactly(Map.entry("demo store copy", 95L), Map.entry("neo4j start", 4210L), Map.entry("neo4j first compile", 950L),
				Map.entry("migrations", 1320L), Map.entry("demo graph", 2400L), Map.entry("spring context", 9870L));
	}

	@Test
	void summarisesRunsByTheirMedians() {
		StartupSummary summary = StartupSummary.of(List.of(new StartupRun(5.0, 6.0, 700, Map.of("migrations", 100L)),
				new StartupRun(9.0, 11.0, 650, Map.of("migrations", 300L)), new StartupRun(7.0, 8.0, 800, Map.of())));

		assertThat(summary.readySeconds()).isEqualTo(7.0);
		assertThat(summary.firstAnswerSeconds()).isEqualTo(8.0);
		assertThat(summary.rssMb()).isEqualTo(700);
		assertThat(summary.stepMillis()).containsExactly(Map.entry("migrations", 200L));
	}
}
