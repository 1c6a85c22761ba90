package org.majlis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.majlis.store.BuildStamp;

/**
 * The extracted form of a fat jar: {@code majlis/<name>.jar} beside it, with the cache when the build recorded
 * one after extracting (a cache older than the extracted jar belongs to an earlier build).
 */
record ExtractedJar(Path jar, Optional<Path> cache) {

	static Optional<ExtractedJar> beside(Path fatJar) {
		String name = fatJar.getFileName().toString();
		String base = name.substring(0, name.length() - ".jar".length());
		Path jar = fatJar.resolveSibling(base).resolve(name);
		String build = Files.isRegularFile(jar) ? BuildStamp.of(jar) : null;
		if (build == null || !build.equals(BuildStamp.of(fatJar))) {
			return Optional.empty();
		}
		Path cache = jar.resolveSibling(base + ".aot");
		return Optional.of(new ExtractedJar(jar, newer(cache, jar) ? Optional.of(cache) : Optional.empty()));
	}

	/** Whether the cache is there and not older than the jar (an older one belongs to an earlier build). */
	static boolean newer(Path cache, Path jar) {
		try {
			return Files.isRegularFile(cache) && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) >= 0;
		}
		catch (IOException unreadable) {
			return false;
		}
	}
}
