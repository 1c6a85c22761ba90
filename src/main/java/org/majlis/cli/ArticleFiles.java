package org.majlis.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files an {@code ingest} command line names: files as given, and in folders (recursively, in name
 * order) every {@code .txt}, {@code .json}, {@code .html} and {@code .htm} file. Paths that do not exist are kept, to fail when read.
 */
final class ArticleFiles {

	private ArticleFiles() {
	}

	static List<Path> find(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				files.addAll(articlesIn(path));
			}
			else {
				files.add(path);
			}
		}
		return files;
	}

	static boolean isText(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
	}

	static boolean isJson(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
	}

	static boolean isPage(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".html") || name.endsWith(".htm");
	}

	private static List<Path> articlesIn(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).filter(file -> isText(file) || isJson(file) || isPage(file)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
	}
}
