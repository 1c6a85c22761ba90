package org.majlis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code restore --from FILE.zip}: unpacks a backup into the embedded store's folder, which must be empty (or
 * missing) unless {@code --force}; with {@code --force} a store there must not be in use and is deleted first.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Restores a backup made by the backup command into the embedded store's folder.",
				"Exit code: 0 done, 1 failed (folder not empty, store in use, not a backup), 2 usage error." },
		footer = "%nThe store is the one the service uses: majlis.neo4j.embedded.data-dir from application.yml, "
				+ "MAJLIS_NEO4J_EMBEDDED_DATA_DIR or the option.")
class RestoreCommand implements Callable<Integer> {

	@Option(names = "--from", required = true, paramLabel = "FILE.zip", description = "The backup to restore.")
	Path from;

	@Option(names = "--force", description = "Replace what the store's folder holds (never a store in use).")
	boolean force;

	@Option(names = "--majlis.neo4j.embedded.data-dir", paramLabel = "DIR", description = "The store's folder (default: the service's setting).")
	Path dataDir;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (!Files.isRegularFile(from) || !StoreArchive.holdsStore(from)) {
			throw new IllegalStateException(from + " is not a backup of a Majlis store");
		}
		Path store = StoreSettings.dataDir(dataDir);
		if (!isEmpty(store)) {
			if (!force) {
				throw new IllegalStateException(store + " is not empty: restore into an empty folder, or add --force to replace it");
			}
			if (StoreLock.holdsStore(store)) {
				StoreLock.stopCleanly(store);
			}
			deleteContents(store);
		}
		Files.createDirectories(store);
		int files = StoreArchive.unpack(from, store);
		PrintWriter out = spec.commandLine().getOut();
		out.printf("Restored %s (%,d files) into %s%n", from.toAbsolutePath().normalize(), files, store);
		out.flush();
		return 0;
	}

	private static boolean isEmpty(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return true;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	private static void deleteContents(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(folder)).toList()) {
				Files.delete(path);
			}
		}
	}
}
