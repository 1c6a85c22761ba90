package org.majlis.store;

import java.net.URI;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j in-process before the driver connects, and stops it after the driver has closed: the driver's
 * connection details depend on the server bean, so Spring creates the server first and destroys it last.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	/**
	 * Bolt's Netty groups wait a 5 s quiet period twice on shutdown; 100 ms is plenty for a local server.
	 * An internal Neo4j setting, kept here alone.
	 */
	private static final Duration BOLT_SHUTDOWN_QUIET_PERIOD = Duration.ofMillis(100);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		long started = System.nanoTime();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(properties.dataDir().toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
			.setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", properties.boltPort()))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, BOLT_SHUTDOWN_QUIET_PERIOD)
			.build();
		log.info("Embedded Neo4j started in {} ms with its store in {}", (System.nanoTime() - started) / 1_000_000,
				properties.dataDir().toAbsolutePath().normalize());
		return service;
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
