package org.majlis.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisApplication;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.neo4j.uri} set, no embedded server starts and the service uses that Neo4j: here a
 * separate Neo4j server on Bolt, started by the test as an operator would run one. Its statements are counted as the
 * embedded server's are.
 */
class ExternalNeo4jTests {

	@Test
	void shouldUseTheNeo4jNamedBySpringNeo4jUriAndStartNoEmbeddedServer() throws Exception {
		Path storeDir = Files.createTempDirectory(Path.of("target"), "external-");
		DatabaseManagementService server = ExternalNeo4j.start(storeDir, 0);
		try {
			int port = ExternalNeo4j.boltPort(server);
			try (var context = new SpringApplicationBuilder(MajlisApplication.class).web(WebApplicationType.NONE)
				.run("--spring.neo4j.uri=bolt://127.0.0.1:" + port, "--majlis.demo.enabled=false")) {
				assertThat(context.getBeansOfType(DatabaseManagementService.class)).isEmpty();
				CypherQueryCounter statements = context.getBean(CypherQueryCounter.class);
				long before = statements.count();
				long topics = context.getBean(Driver.class).executableQuery("MATCH (t:Topic) RETURN count(t) AS n")
					.execute().records().getFirst().get("n").asLong();
				assertThat(topics).isGreaterThanOrEqualTo(26);
				assertThat(statements.count() - before).as("statements counted on the driver to an external Neo4j").isEqualTo(1);
			}
			long migrations = server.database("neo4j").executeTransactionally("MATCH (m:MajlisMigration) RETURN count(m) AS n",
					java.util.Map.of(), result -> (Long) result.next().get("n"));
			assertThat(migrations).isEqualTo(MigrationRunner.load().size());
		}
		finally {
			server.shutdown();
		}
	}
}
