package org.majlis.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.majlis.CommandRun;
import org.majlis.TestStore;
import org.neo4j.driver.Driver;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backup} of a store with the demo graph and {@code restore} into a new folder give back the same graph. */
class BackupRestoreTests {

	private static Path original;
	private static Path restored;
	private static Path zip;
	private static Map<String, Object> before;
	private static Map<String, Object> after;
	private static CommandRun backup;
	private static CommandRun restore;
	private static CommandRun backupInUse;

	@BeforeAll
	static void backUpAndRestoreTheDemoGraph() throws Exception {
		Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target", "fault-tests")), "backup-");
		original = root.resolve("original");
		restored = root.resolve("restored");
		zip = root.resolve("backups").resolve("demo.zip");
		try (var context = TestStore.start(original, "--majlis.demo.enabled=true")) {
			before = TestStore.fingerprint(context.getBean(Driver.class));
		}
		backup = CommandRun.of("backup", "--to", zip.toString(), "--majlis.neo4j.embedded.data-dir=" + original);
		restore = CommandRun.of("restore", "--from", zip.toString(), "--majlis.neo4j.embedded.data-dir=" + restored);
		try (var context = TestStore.start(restored, "--majlis.demo.enabled=false")) {
			after = TestStore.fingerprint(context.getBean(Driver.class));
			backupInUse = CommandRun.of("backup", "--to", root.resolve("in-use.zip").toString(),
					"--majlis.neo4j.embedded.data-dir=" + restored);
		}
	}

	@Test
	void shouldRestoreEveryNodeWithItsPropertiesAndEveryRelationship() {
		assertThat(backup.exitCode()).as(backup.err()).isZero();
		assertThat(restore.exitCode()).as(restore.err()).isZero();
		assertThat((Long) before.get("nodes")).isGreaterThan(50);
		assertThat(after).isEqualTo(before);
	}

	@Test
	void shouldNameTheZipItWrote() {
		assertThat(backup.out()).contains("Backed up").contains(zip.toAbsolutePath().normalize().toString());
		assertThat(zip).isRegularFile();
	}

	@Test
	void shouldRefuseToBackUpAStoreInUse() {
		assertThat(backupInUse.exitCode()).isEqualTo(1);
		assertThat(backupInUse.err()).contains("is in use by another process");
		assertThat(restored.getParent().resolve("in-use.zip")).doesNotExist();
	}

	@Test
	void shouldRefuseToRestoreIntoAFolderThatIsNotEmptyWithoutForce() {
		CommandRun run = CommandRun.of("restore", "--from", zip.toString(), "--majlis.neo4j.embedded.data-dir=" + restored);
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains("is not empty").contains("--force");
	}

	@Test
	void shouldRefuseAFileThatIsNotABackup() throws Exception {
		Path notABackup = Files.writeString(restored.getParent().resolve("notes.zip"), "not a zip");
		CommandRun run = CommandRun.of("restore", "--from", notABackup.toString(),
				"--majlis.neo4j.embedded.data-dir=" + restored.getParent().resolve("empty"));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains("is not a backup of a Majlis store");
	}
}
