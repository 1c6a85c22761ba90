package org.majlis.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/migrations/V*.cypher} in version order, once each, and records every applied
 * migration with its checksum as a {@code (:MajlisMigration)} node. A migration edited after it was applied
 * stops start-up: write a new one instead.
 */
@Component
class MigrationRunner {

	private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);
	static final String LOCATION = "classpath:cypher/migrations/V*__*.cypher";
	/** How long start-up waits for the indexes a migration created to come online. */
	private static final Duration INDEX_WAIT = Duration.ofMinutes(10);

	private final Driver driver;
	/** Sessions that take part in the service's shared bookmarks, so that what start-up writes is seen by what follows. */
	private final SessionConfig sessions;

	MigrationRunner(Driver driver, BookmarkManager bookmarks) {
		this.driver = driver;
		this.sessions = SessionConfig.builder().withBookmarkManager(bookmarks).build();
	}

	/** What the store holds, in one statement ({@link StoreState}). */
	StoreState storeState() {
		return StoreState.read(driver, sessions);
	}

	/**
	 * Applies what is pending and answers how many migrations it applied: the schema statements of each migration in
	 * one transaction (Neo4j keeps schema and data changes in separate transactions, so a run of data statements gets
	 * its own), one wait for the new indexes to come online, and one write recording them all.
	 */
	int migrate() {
		return migrate(storeState().migrations());
	}

	/** {@link #migrate()} given the versions and checksums already recorded. */
	int migrate(Map<Integer, String> recorded) {
		try (Session session = driver.session(sessions)) {
			List<Migration> pending = new ArrayList<>();
			for (Migration migration : load()) {
				String checksum = recorded.get(migration.version());
				if (checksum == null) {
					pending.add(migration);
				}
				else if (!checksum.equals(migration.checksum())) {
					throw new IllegalStateException("Migration V%03d (%s) was changed after it was applied; add a new migration instead"
						.formatted(migration.version(), migration.description()));
				}
			}
			if (pending.isEmpty()) {
				return 0;
			}
			for (Migration migration : pending) {
				for (List<String> batch : migration.transactions()) {
					session.executeWriteWithoutResult(tx -> batch.forEach(statement -> tx.run(statement).consume()));
				}
				log.info("Applied migration V{} ({})", migration.version(), migration.description());
			}
			session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", INDEX_WAIT.toSeconds())).consume();
			List<Map<String, Object>> rows = pending.stream().<Map<String, Object>>map(m -> Map.of("version", m.version(),
					"description", m.description(), "checksum", m.checksum())).toList();
			session.executeWriteWithoutResult(tx -> tx.run("""
					UNWIND $migrations AS row
					MERGE (m:MajlisMigration {version: row.version})
					SET m.description = row.description, m.checksum = row.checksum, m.appliedAt = datetime()
					""", Map.of("migrations", rows)).consume());
			return pending.size();
		}
	}

	static List<Migration> load() {
		try {
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				migrations.add(Migration.of(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			for (int i = 1; i < migrations.size(); i++) {
				if (migrations.get(i).version() == migrations.get(i - 1).version()) {
					throw new IllegalStateException("Two migrations share version " + migrations.get(i).version());
				}
			}
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Cypher migrations", ex);
		}
	}
}
