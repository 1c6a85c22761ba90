package org.majlis.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
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

	private final Driver driver;

	MigrationRunner(Driver driver) {
		this.driver = driver;
	}

	/** Applies what is pending and answers how many migrations it applied. */
	int migrate() {
		int applied = 0;
		try (Session session = driver.session()) {
			for (Migration migration : load()) {
				var recorded = session.executeRead(tx -> tx
					.run("MATCH (m:MajlisMigration {version: $version}) RETURN m.checksum AS checksum",
							Map.of("version", migration.version()))
					.list(r -> r.get("checksum").asString()));
				if (!recorded.isEmpty()) {
					if (!recorded.getFirst().equals(migration.checksum())) {
						throw new IllegalStateException("Migration V%03d (%s) was changed after it was applied; add a new migration instead"
							.formatted(migration.version(), migration.description()));
					}
					continue;
				}
				for (String statement : migration.statements()) {
					session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
				}
				session.executeWriteWithoutResult(tx -> tx.run("""
						MERGE (m:MajlisMigration {version: $version})
						SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
						""", Map.of("version", migration.version(), "description", migration.description(),
						"checksum", migration.checksum())).consume());
				log.info("Applied migration V{} ({})", migration.version(), migration.description());
				applied++;
			}
		}
		return applied;
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
