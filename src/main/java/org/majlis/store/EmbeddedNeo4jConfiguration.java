package org.majlis.store;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Runs Neo4j in-process, started by {@link EmbeddedNeo4jEarlyStart} before the context's beans are created, and stops it after the driver has closed: the driver's
 * connection details depend on the server bean, so Spring creates the server first and destroys it last.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	/**
	 * The running server, waited for by the first statement of start-up ({@link StoreInitializer}) rather than
	 * by the driver, so that Spring goes on building the context while Neo4j starts. The driver is registered as
	 * its dependent: it closes before Neo4j stops.
	 */
	@Bean(destroyMethod = "shutdown")
	@Lazy
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jStarter starter, ConfigurableListableBeanFactory beans) {
		DatabaseManagementService server = starter.await();
		for (String driver : beans.getBeanNamesForType(Driver.class, false, false)) {
			beans.registerDependentBean("embeddedNeo4j", driver);
		}
		return server;
	}

	/** Bolt's address: the configured port at once, or the port Neo4j picked (port 0) once it has started. */
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jStarter starter) {
		int port = starter.configuredPort() != 0 ? starter.configuredPort() : boundPort(starter.await());
		URI uri = URI.create("bolt://127.0.0.1:" + port);
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

	private static int boundPort(DatabaseManagementService server) {
		GraphDatabaseService database = server.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		return ((GraphDatabaseAPI) database).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
	}
}
