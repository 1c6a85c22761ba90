package org.majlis.store;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Runs Neo4j in-process, started before the driver connects, and stops it after the driver has closed: the driver's
 * connection details depend on the server bean, so Spring creates the server first and destroys it last.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	/** Starts Neo4j while the context is built (see {@link EmbeddedNeo4jStarter}); static, as a factory post-processor. */
	@Bean
	static EmbeddedNeo4jStarter embeddedNeo4jStarter(Environment environment) {
		return new EmbeddedNeo4jStarter(Binder.get(environment).bindOrCreate("majlis.neo4j.embedded", EmbeddedNeo4jProperties.class));
	}

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jStarter starter) {
		return starter.await();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService embeddedNeo4j) {
		GraphDatabaseService database = embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var address = ((GraphDatabaseAPI) database).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
		log.info("Embedded Neo4j accepts Bolt connections at {} (cypher-shell -a {})", uri, uri);
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}
}
