package org.majlis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The extracted jar of the last {@code package}, for a start from the classes folder ({@code ./mvnw spring-boot:run}),
 * when it holds what that start would run: nothing in the classes folder (a class, a resource, a folder that lost a
 * file) is newer than the extracted jar, and every jar of the class path is among its libraries. {@link CachedStart}
 * then runs it with its ahead-of-time cache, which the JVM does not take for a class path with a folder on it, and its
 * build's demo store. After an edit, or with a dependency the package lacks, the start stays on the classes.
 * Compiled for Java 17 with the start class.
 */
final class UpToDatePackage {

	/** The build's final name: {@code target/majlis/majlis.jar} beside {@code target/classes}. */
	static final String NAME = "majlis";

	private UpToDatePackage() {
	}

	/** The extracted jar with its cache for these classes and this class path, when both are up to date. */
	static Optional<ExtractedJar> of(Path classes, List<Path> classPath) {
		Path jar = classes.resolveSibling(NAME).resolve(NAME + ".jar");
		Path cache = jar.resolveSibling(NAME + ".aot");
		try {
			if (!Files.isRegularFile(jar) || !ExtractedJar.newer(cache, jar) || changedSince(classes, Files.getLastModifiedTime(jar))
					|| !librariesOf(jar).containsAll(jarNames(classes, classPath))) {
				return Optional.empty();
			}
			return Optional.of(new ExtractedJar(jar, Optional.of(cache)));
		}
		catch (IOException | UncheckedIOException unreadable) {
			return Optional.empty();
		}
	}

	private static boolean changedSince(Path classes, FileTime packaged) throws IOException {
		try (Stream<Path> files = Files.walk(classes)) {
			return files.anyMatch(file -> modified(file).compareTo(packaged) > 0);
		}
	}

	private static FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> librariesOf(Path jar) throws IOException {
		try (Stream<Path> libraries = Files.list(jar.resolveSibling("lib"))) {
			return libraries.map(library -> library.getFileName().toString()).collect(Collectors.toSet());
		}
	}

	/** The file names of the class path's jars besides the classes; a second folder is no jar and matches nothing. */
	private static Set<String> jarNames(Path classes, List<Path> classPath) {
		return classPath.stream()
			.filter(entry -> !entry.equals(classes))
			.map(entry -> entry.toString().endsWith(".jar") ? entry.getFileName().toString() : "folder " + entry)
			.collect(Collectors.toSet());
	}
}
