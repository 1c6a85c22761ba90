package org.majlis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backup --to DIR|FILE.zip}: an offline, consistent copy of the embedded store. It refuses to run while
 * another process holds the store, stops the store cleanly (recovering an unclean stop), then zips the whole
 * data folder.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Copies the embedded store into a zip file while nothing else uses it (stop the service first).",
				"Exit code: 0 done, 1 failed (store in use, no store, target exists), 2 usage error." },
		footer = "%nThe store is the one the service uses: majlis.neo4j.embedded.data-dir from application.yml, "
				+ "MAJLIS_NEO4J_EMBEDDED_DATA_DIR or the option.")
class BackupCommand implements Callable<Integer> {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	@Option(names = "--to", required = true, paramLabel = "DIR|FILE.zip",
			description = "A .zip file to create, or a folder to create majlis-backup-<timestamp>.zip in.")
	Path to;

	@Option(names = "--majlis.neo4j.embedded.data-dir", paramLabel = "DIR", description = "The store's folder (default: the service's setting).")
	Path dataDir;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		Path store = StoreSettings.dataDir(dataDir);
		if (!StoreLock.holdsStore(store)) {
			throw new IllegalStateException("No store in " + store);
		}
		Path zip = target();
		if (Files.exists(zip)) {
			throw new IllegalStateException(zip + " exists already");
		}
		StoreLock.stopCleanly(store);
		Files.createDirectories(zip.toAbsolutePath().getParent());
		int files = StoreArchive.pack(store, zip);
		PrintWriter out = spec.commandLine().getOut();
		out.printf("Backed up %s (%,d files) to %s%n", store, files, zip.toAbsolutePath().normalize());
		out.flush();
		return 0;
	}

	private Path target() {
		if (to.getFileName() != null && to.getFileName().toString().endsWith(".zip")) {
			return to;
		}
		return to.resolve("majlis-backup-" + LocalDateTime.now().format(STAMP) + ".zip");
	}
}
