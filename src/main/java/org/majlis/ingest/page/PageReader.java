package org.majlis.ingest.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the article of an HTML page: the metadata first (it needs the whole page), then the boilerplate goes, the main
 * content is chosen by its score and rendered as the text a reader sees.
 */
public final class PageReader {

	/** The largest page read, in bytes or characters: a saved news page is well under 1 MB. */
	public static final int MAX_PAGE_SIZE = 10_000_000;

	/** The least text, in letters, that counts as an article body. */
	static final int MIN_BODY_LETTERS = 80;

	private PageReader() {
	}

	/** Reads a page given as text; {@code url} (may be null) is where it came from, for relative links and the outlet. */
	public static PageArticle read(String html, String url) {
		if (html == null || html.isBlank()) {
			throw new UnreadablePageException("The page is empty");
		}
		checkSize(html.length());
		return read(Jsoup.parse(html, url != null ? url : ""), url);
	}

	/**
	 * Reads a page given as bytes in {@code charset}, or (when null) in the charset its byte-order mark or
	 * {@code <meta charset>} declares, else UTF-8.
	 */
	public static PageArticle read(byte[] html, String charset, String url) {
		checkSize(html.length);
		try {
			return read(Jsoup.parse(new ByteArrayInputStream(html), charset, url != null ? url : ""), url);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PageArticle read(Document page, String url) {
		PageMetadata metadata = PageMetadata.of(page, url);
		Boilerplate.remove(page);
		Element content = MainContent.find(page)
			.orElseThrow(() -> new UnreadablePageException("The page holds no article body (no block of running text)"));
		String text = VisibleText.of(content, metadata.title());
		if (letters(text) < MIN_BODY_LETTERS) {
			throw new UnreadablePageException("The page holds no article body (its main text has %d letters)".formatted(letters(text)));
		}
		return new PageArticle(text, metadata.title(), metadata.publishedAt(), metadata.outlet(), metadata.url(),
				metadata.languageOf(text));
	}

	private static void checkSize(int size) {
		if (size > MAX_PAGE_SIZE) {
			throw new UnreadablePageException("The page has %,d bytes; the limit is %,d".formatted(size, MAX_PAGE_SIZE));
		}
	}

	static int letters(String text) {
		return (int) text.codePoints().filter(Character::isLetter).count();
	}
}
