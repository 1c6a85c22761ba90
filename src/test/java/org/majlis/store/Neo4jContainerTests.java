package org.majlis.store;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisApplication;
import org.neo4j.driver.Driver;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** The same service against a Neo4j server in a container, where Docker runs (skipped where it does not). */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerTests {

	@Container
	static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1").withoutAuthentication();

	@Test
	void shouldMigrateAndLoadTheDemoGraphIntoANeo4jServer() {
		try (var context = new SpringApplicationBuilder(MajlisApplication.class).web(WebApplicationType.NONE)
			.run("--spring.neo4j.uri=" + NEO4J.getBoltUrl())) {
			long events = context.getBean(Driver.class).executableQuery("MATCH (e:Event) RETURN count(e) AS n")
				.execute().records().getFirst().get("n").asLong();
			assertThat(events).isEqualTo(5);
		}
	}
}
