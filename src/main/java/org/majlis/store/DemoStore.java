package org.majlis.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;


/**
 * The build's demo store: the store of its training start (a new store that start-up migrated and gave the demo
 * graph, then the example queries; see the pom), kept beside the extracted jar as {@code demo-store/} with the build's
 * stamp. The first start on a data folder that holds no store copies it, instead of creating the schema and loading the
 * demo graph statement by statement (about ten seconds on two cores), but only when the running jar is of the same
 * build: a start from another build, from {@code target/classes} or from the fat jar does the work itself.
 * Start-up then checks the copy as it checks any store (migrations, topic vocabulary, derived properties).
 */
final class DemoStore {

	static final String FOLDER = "demo-store";
	static final String STAMP = "demo-store.properties";
	/** Neo4j's lock files and the server's own id: each store makes its own. */
	private static final Set<String> LEFT_OUT = Set.of("store_lock", "database_lock", "server_id");

	private final Path folder;

	private DemoStore(Path folder) {
		this.folder = folder;
	}

	/** The demo store beside the jar this class runs from, when that jar's build made it. */
	static Optional<DemoStore> besideTheApplication() {
		return applicationJar().flatMap(jar -> of(jar.resolveSibling(FOLDER), BuildStamp.of(jar)));
	}

	/** The demo store in this folder, when it was made by this build (stamp); empty when it is missing or of another build. */
	static Optional<DemoStore> of(Path folder, String build) {
		Path stamp = folder.resolve(STAMP);
		if (build == null || !Files.isRegularFile(stamp) || !Files.isDirectory(folder.resolve("data"))) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(stamp)) {
			properties.load(in);
		}
		catch (IOException unreadable) {
			return Optional.empty();
		}
		return build.equals(properties.getProperty("build")) ? Optional.of(new DemoStore(folder)) : Optional.empty();
	}

	/**
	 * Copies this store into a data folder that holds none yet ({@code data/} missing), through a folder beside it
	 * that is renamed at the end, so that a failed copy leaves no half store; answers whether it copied.
	 */
	boolean copyInto(Path dataDir) {
		if (!holdsNoStore(dataDir)) {
			return false;
		}
		Path target = dataDir.resolve("data");
		Path partial = dataDir.resolve(".demo-store-" + UUID.randomUUID());
		try {
			Files.createDirectories(dataDir);
			copy(folder.resolve("data"), partial);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (IOException ex) {
			delete(partial);
			throw new UncheckedIOException("Cannot copy the demo store " + folder + " into " + dataDir, ex);
		}
	}

	/** Whether a data folder holds no store yet: Neo4j keeps everything but its logs under {@code data/}. */
	static boolean holdsNoStore(Path dataDir) {
		return !Files.exists(dataDir.resolve("data"));
	}

	/**
	 * The build's step, after the training start has stopped: {@code <training store> <demo store> <jar>} copies the
	 * training store's {@code data/} into the demo store folder and stamps it with the jar's build.
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 3) {
			throw new IllegalArgumentException("usage: DemoStore <training store> <demo store folder> <jar of the build>");
		}
		Path folder = Path.of(args[1]);
		String build = BuildStamp.of(Path.of(args[2]));
		if (build == null) {
			throw new IllegalArgumentException(args[2] + " has no " + BuildStamp.ATTRIBUTE + " in its manifest");
		}
		make(Path.of(args[0]), folder, build);
		System.out.println("Demo store " + folder + " made from " + args[0] + " for build " + build);
	}

	/** Makes a demo store of a stopped store's folder (its {@code data/}) for this build. */
	static void make(Path store, Path folder, String build) throws IOException {
		delete(folder);
		copy(store.resolve("data"), folder.resolve("data"));
		Properties properties = new Properties();
		properties.setProperty("build", build);
		try (OutputStream out = Files.newOutputStream(folder.resolve(STAMP))) {
			properties.store(out, "the store of the build's training start; copied into a new data folder by the jar of this build");
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (LEFT_OUT.contains(file.getFileName().toString())) {
					continue;
				}
				Path copy = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
	}

	private static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + folder, ex);
		}
	}

	/** The plain jar this class was loaded from (the extracted jar), if it was. */
	private static Optional<Path> applicationJar() {
		try {
			var source = DemoStore.class.getProtectionDomain().getCodeSource();
			if (source == null || !"file".equals(source.getLocation().getProtocol())) {
				return Optional.empty();
			}
			Path path = Path.of(source.getLocation().toURI());
			return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
