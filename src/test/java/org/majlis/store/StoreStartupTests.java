package org.majlis.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisApplication;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** What start-up does to a store the first time and what it skips the next times. */
class StoreStartupTests {

	private static ConfigurableApplicationContext start(Path dataDir, String... more) {
		List<String> args = new ArrayList<>(List.of("--majlis.neo4j.embedded.data-dir=" + dataDir, "--majlis.neo4j.embedded.bolt-port=0"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(MajlisApplication.class).web(WebApplicationType.NONE).run(args.toArray(String[]::new));
	}

	private static Object matchTextOfHandWrittenPerson(ConfigurableApplicationContext context) {
		return context.getBean(Driver.class).executableQuery("MATCH (p:Person {id: 'person:hand-written'}) RETURN p.matchText AS m")
			.execute().records().getFirst().get("m").asObject();
	}

	@Test
	void theFirstStartMigratesLoadsTheDemoGraphAndDerivesItsPropertiesLaterStartsSkipThat() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "startup-");
		try (var context = start(dataDir)) {
			Driver driver = context.getBean(Driver.class);
			assertThat(context.getBean(StoreStatus.class).demo()).isEqualTo(StoreStatus.Demo.LOADED_NOW);
			assertThat(context.getBean(StoreStatus.class).embeddedStore()).contains(dataDir.toAbsolutePath().normalize());
			var state = driver.executableQuery("""
					RETURN COUNT { (m:MajlisMigration) } AS migrations, COUNT { (p:Person WHERE p.matchText IS NULL) } AS underived,
					       COUNT { (p:Person) } AS people, COLLECT { MATCH (m:MajlisMeta {key: 'derived'}) RETURN m.version } AS derived
					""").execute().records().getFirst();
			assertThat(state.get("migrations").asInt()).isEqualTo(MigrationRunner.load().size());
			assertThat(state.get("people").asInt()).isPositive();
			assertThat(state.get("underived").asInt()).isZero();
			assertThat(state.get("derived").asList()).containsExactly((long) DerivedProperties.VERSION);
			assertThat(driver.executableQuery("SHOW SETTINGS 'dbms.cypher.min_replan_interval' YIELD value RETURN value").execute()
				.records().getFirst().get("value").asString()).as("plans kept longer than Neo4j's 10 s").isIn("5m", "300s");
			driver.executableQuery("CREATE (:Person {id: 'person:hand-written', name: 'سالم الكعبي'})").execute();
		}
		try (var context = start(dataDir)) {
			assertThat(context.getBean(StoreStatus.class).demo()).isEqualTo(StoreStatus.Demo.LOADED_BEFORE);
			assertThat(matchTextOfHandWrittenPerson(context)).as("an up-to-date store is not scanned again").isNull();
		}
		try (var context = start(dataDir, "--majlis.store.derive-missing=true")) {
			assertThat(matchTextOfHandWrittenPerson(context)).asString().contains("سالم");
		}
	}

	@Test
	void aStoreThatHoldsDataIsNotGivenTheDemoGraph() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "startup-");
		try (var context = start(dataDir, "--majlis.demo.enabled=false")) {
			assertThat(context.getBean(StoreStatus.class).demo()).isEqualTo(StoreStatus.Demo.DISABLED);
			context.getBean(Driver.class).executableQuery("CREATE (:Article {id: 'article:x'})").execute();
		}
		try (var context = start(dataDir)) {
			assertThat(context.getBean(StoreStatus.class).demo()).isEqualTo(StoreStatus.Demo.NOT_LOADED);
		}
	}
}
