package org.majlis.store;

import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j server of the tests' own on Bolt, as an operator would run one beside the service. It stops as quickly as the
 * embedded server does (Bolt's quiet period of {@link EmbeddedNeo4jStarter}, instead of Neo4j's two times 5 s).
 */
final class ExternalNeo4j {

	private ExternalNeo4j() {
	}

	/** A server on this store and Bolt port (0: a free one, see {@link #boltPort}). */
	static DatabaseManagementService start(Path storeDir, int port) {
		return new DatabaseManagementServiceBuilder(storeDir).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, EmbeddedNeo4jStarter.BOLT_SHUTDOWN_QUIET_PERIOD)
			.build();
	}

	/** The port the server's Bolt connector listens on. */
	static int boltPort(DatabaseManagementService server) {
		return ((GraphDatabaseAPI) server.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).getPort();
	}
}
