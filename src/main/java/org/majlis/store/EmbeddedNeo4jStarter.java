package org.majlis.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * Starts the embedded Neo4j on a thread of its own, so that Neo4j starts (and compiles its first Cypher statement)
 * while Spring builds the context; the server bean waits for it. Started by {@link EmbeddedNeo4jEarlyStart} before the
 * bean definitions are read. On a data folder that holds no store yet it first copies the build's {@link DemoStore}
 * when it is given one. A server that started but was never handed over (the context failed first) is stopped with
 * the context.
 */
final class EmbeddedNeo4jStarter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jStarter.class);

	/**
	 * Bolt's Netty groups wait a 5 s quiet period twice on shutdown; 100 ms is plenty for a local server.
	 * An internal Neo4j setting, kept here alone (the tests' own servers read it from here).
	 */
	static final Duration BOLT_SHUTDOWN_QUIET_PERIOD = Duration.ofMillis(100);

	private final EmbeddedNeo4jProperties properties;
	private final Supplier<Optional<DemoStore>> demoStore;
	private CompletableFuture<DatabaseManagementService> server;
	private volatile boolean handedOver;
	private volatile boolean copiedDemoStore;

	/**
	 * @param demoStore finds the store to copy into an empty data folder (none when the demo graph is off or there is
	 * none); asked on Neo4j's thread, and only when the folder holds no store
	 */
	EmbeddedNeo4jStarter(EmbeddedNeo4jProperties properties, Supplier<Optional<DemoStore>> demoStore) {
		this.properties = properties;
		this.demoStore = demoStore;
	}

	synchronized CompletableFuture<DatabaseManagementService> start() {
		if (server == null) {
			server = CompletableFuture.supplyAsync(this::build, runnable -> Thread.ofPlatform().name("neo4j-start").daemon().start(runnable));
		}
		return server;
	}

	/** The started server, waiting for it when it is still starting; rethrows what stopped it from starting. */
	DatabaseManagementService await() {
		try {
			DatabaseManagementService service = start().join();
			handedOver = true;
			return service;
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : ex;
		}
	}

	int configuredPort() {
		return properties.boltPort();
	}

	Path dataDir() {
		return properties.dataDir().toAbsolutePath().normalize();
	}

	/** Whether this start copied the build's demo store into an empty data folder (known once the server started). */
	boolean copiedDemoStore() {
		return copiedDemoStore;
	}

	private DatabaseManagementService build() {
		if (DemoStore.holdsNoStore(dataDir())) {
			demoStore.get().ifPresent(this::copyIntoTheEmptyDataFolder);
		}
		long started = System.nanoTime();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(properties.dataDir().toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
			.setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", properties.boltPort()))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			.setConfig(GraphDatabaseSettings.cypher_min_replan_interval, properties.minReplanInterval())
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, BOLT_SHUTDOWN_QUIET_PERIOD)
			.build();
		log.info("Embedded Neo4j started in {} ms with its store in {}", (System.nanoTime() - started) / 1_000_000, dataDir());
		// the first statement start-up sends, compiled here so that Cypher's planner is warm when it arrives
		long warming = System.nanoTime();
		service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally(StoreState.STATEMENT);
		log.info("Embedded Neo4j compiled its first Cypher statement in {} ms", (System.nanoTime() - warming) / 1_000_000);
		return service;
	}

	private void copyIntoTheEmptyDataFolder(DemoStore store) {
		long started = System.nanoTime();
		if (store.copyInto(dataDir())) {
			copiedDemoStore = true;
			log.info("Copied the build's demo store into {} in {} ms", dataDir(), (System.nanoTime() - started) / 1_000_000);
		}
	}

	@Override
	public void destroy() {
		if (server != null && !handedOver) {
			server.thenAccept(DatabaseManagementService::shutdown).exceptionally(failed -> null);
		}
	}
}
