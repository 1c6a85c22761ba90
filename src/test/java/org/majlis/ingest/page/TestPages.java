package org.majlis.ingest.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The invented pages under src/test/resources/pages and the plain text of the article they wrap. */
public final class TestPages {

	/** The folder of the pages. */
	public static final Path FOLDER = Path.of("src", "test", "resources", "pages");

	private TestPages() {
	}

	/** The page or text file of that name. */
	public static String read(String name) {
		try {
			return Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The page with other people in it: {@code cast} pairs each surname of the invented article (الغفلي, البريكي, الخييلي,
	 * الحوسني) with another, so that tests sharing a store ingest articles of their own.
	 */
	public static String withCast(String page, String... cast) {
		String renamed = page;
		for (int i = 0; i + 1 < cast.length; i += 2) {
			renamed = renamed.replace(cast[i], cast[i + 1]);
		}
		return renamed;
	}

	/** The article all the layouts wrap, as plain text, published on 2025-10-15. */
	public static String plainArticle() {
		return read("article.txt");
	}
}
