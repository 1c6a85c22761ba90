package org.majlis.store;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@MajlisTest
class MigrationTests {

	@Autowired
	Driver driver;

	@Autowired
	MigrationRunner runner;

	@Test
	void shouldSplitStatementsAndSkipComments() {
		Migration migration = Migration.of("V007__Two_things.cypher", """
				// a comment; with a semicolon
				CREATE INDEX a IF NOT EXISTS
				FOR (n:A) ON (n.x);
				CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);
				""");
		assertThat(migration.version()).isEqualTo(7);
		assertThat(migration.description()).isEqualTo("Two things");
		assertThat(migration.statements()).hasSize(2).allSatisfy(s -> assertThat(s).doesNotEndWith(";"));
	}

	@Test
	void shouldRunEachRunOfSchemaStatementsInOneTransactionAndDataStatementsApart() {
		Migration migration = Migration.of("V008__Mixed.cypher", """
				CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;
				CREATE TEXT INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);
				MATCH (n:A) SET n.checked = true;
				MATCH (n:B) SET n.checked = true;
				DROP INDEX b IF EXISTS;
				""");
		assertThat(migration.transactions()).extracting(List::size).containsExactly(2, 2, 1);
	}

	@Test
	void shouldRecordEveryAppliedMigrationWithItsChecksumAndApplyNothingTwice() {
		List<Migration> files = MigrationRunner.load();
		var recorded = driver.executableQuery("MATCH (m:MajlisMigration) RETURN m.version AS v, m.checksum AS c ORDER BY v")
			.execute().records();
		assertThat(recorded).hasSize(files.size());
		for (int i = 0; i < files.size(); i++) {
			assertThat(recorded.get(i).get("c").asString()).isEqualTo(files.get(i).checksum());
		}
		assertThat(runner.migrate()).isZero();
		var indexes = driver.executableQuery("SHOW INDEXES YIELD name RETURN collect(name) AS names").execute()
			.records().getFirst().get("names").asList();
		assertThat(indexes).contains("names_arabic", "names_english", "person_match_text", "event_start_low");
	}

	@Test
	void shouldRefuseAMigrationChangedAfterItWasApplied() {
		driver.executableQuery("MATCH (m:MajlisMigration {version: 1}) SET m.checksum = 'edited'").execute();
		try {
			assertThatIllegalStateException().isThrownBy(runner::migrate).withMessageContaining("V001");
		}
		finally {
			driver.executableQuery("MATCH (m:MajlisMigration {version: 1}) SET m.checksum = $c")
				.withParameters(java.util.Map.of("c", MigrationRunner.load().getFirst().checksum())).execute();
		}
	}
}
