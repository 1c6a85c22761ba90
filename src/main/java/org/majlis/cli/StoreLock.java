package org.majlis.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Makes sure no other process uses an embedded store, and leaves it cleanly stopped: starts the embedded DBMS
 * alone (no Bolt, no application), which fails on Neo4j's store lock when the service or another command holds
 * it and otherwise recovers what an unclean stop left, then shuts it down with a checkpoint.
 */
final class StoreLock {

	private StoreLock() {
	}

	/** Whether the folder holds a store (its {@code data/databases} folder). */
	static boolean holdsStore(Path dataDir) {
		return Files.isDirectory(dataDir.resolve("data").resolve("databases"));
	}

	/** Starts and stops the store cleanly; throws {@link StoreInUseException} when another process holds it. */
	static void stopCleanly(Path dataDir) {
		DatabaseManagementService dbms;
		try {
			dbms = new DatabaseManagementServiceBuilder(dataDir)
				.setConfig(BoltConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(32))
				.build();
		}
		catch (RuntimeException ex) {
			if (lockFailure(ex)) {
				throw new StoreInUseException(dataDir);
			}
			throw ex;
		}
		dbms.shutdown();
	}

	private static boolean lockFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
			if (cause.getClass().getSimpleName().contains("FileLock") || message.contains("lock file")
					|| message.contains("store_lock") || message.contains("locked by another process")) {
				return true;
			}
			if (cause == cause.getCause()) {
				break;
			}
		}
		return false;
	}

	/** Another process (the service, or another command) holds the store. */
	static final class StoreInUseException extends RuntimeException {

		StoreInUseException(Path dataDir) {
			super("The store in " + dataDir + " is in use by another process (the service or another command): stop it first");
		}
	}
}
