package org.majlis.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.majlis.common.PartialDate;
import org.majlis.ingest.IngestArticleInput;
import org.majlis.ingest.IngestService;
import org.majlis.ingest.InvalidArticleException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the articles of one file: a {@code .txt} file is one article (its url {@code file:<relative path>}),
 * a {@code .json} file holds one object or an array of objects with {@code text}, {@code url}, {@code title},
 * {@code publishedAt}, {@code language} and {@code sourceName}; both must be UTF-8. An {@code .html} or {@code .htm}
 * file is a saved web page, read by the page reader it is given (in the charset the page declares, else UTF-8).
 */
final class ArticleFileReader {

	/** One article of a file, or why it cannot be read; {@code label} names it in messages. */
	record Entry(String label, IngestArticleInput input, String problem) {
	}

	/** A file that cannot be read at all. */
	static final class UnreadableFileException extends Exception {

		UnreadableFileException(String message) {
			super(message);
		}
	}

	/** The article of a saved page's bytes; {@code url} is the page's file url, for its relative links. */
	interface PageReading {

		IngestArticleInput read(byte[] html, String url);
	}

	private final JsonMapper json = JsonMapper.builder().build();
	private final Path base;
	private final PageReading pages;

	/**
	 * @param base the folder that file urls are relative to (the working directory)
	 * @param pages reads the article of a saved web page
	 */
	ArticleFileReader(Path base, PageReading pages) {
		this.base = base.toAbsolutePath().normalize();
		this.pages = pages;
	}

	/** How the file is named in messages and urls: relative to the base folder when it lies under it. */
	String label(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
	}

	List<Entry> read(Path file) throws UnreadableFileException {
		String label = label(file);
		if (ArticleFiles.isPage(file)) {
			return List.of(page(file, label));
		}
		if (!ArticleFiles.isText(file) && !ArticleFiles.isJson(file)) {
			throw new UnreadableFileException("not a .txt, .json or .html file");
		}
		String content = utf8(file);
		if (ArticleFiles.isText(file)) {
			return List.of(new Entry(label, new IngestArticleInput(content, "file:" + label, null, null, null, null), null));
		}
		JsonNode root;
		try {
			root = json.readTree(content);
		}
		catch (JacksonException ex) {
			throw new UnreadableFileException("not valid JSON: " + ex.getOriginalMessage());
		}
		if (root != null && root.isObject()) {
			return List.of(entry(label, root, "file:" + label));
		}
		if (root == null || !root.isArray()) {
			throw new UnreadableFileException("the JSON holds neither an article object nor an array of them");
		}
		List<Entry> entries = new ArrayList<>();
		int index = 0;
		for (JsonNode node : root.values()) {
			String itemLabel = label + "[" + index + "]";
			entries.add(node.isObject() ? entry(itemLabel, node, "file:" + label + "#" + index)
					: new Entry(itemLabel, null, "not an article object"));
			index++;
		}
		return entries;
	}

	private Entry page(Path file, String label) throws UnreadableFileException {
		byte[] html = bytes(file, IngestService.maxPageSize());
		try {
			return new Entry(label, pages.read(html, "file:" + label), null);
		}
		catch (InvalidArticleException ex) {
			return new Entry(label, null, ex.getMessage());
		}
	}

	private static Entry entry(String label, JsonNode node, String defaultUrl) {
		try {
			String url = string(node, "url");
			IngestArticleInput input = new IngestArticleInput(string(node, "text"), url != null ? url : defaultUrl,
					string(node, "title"), PartialDate.parseOrNull(string(node, "publishedAt")), string(node, "language"),
					string(node, "sourceName"));
			return new Entry(label, input, null);
		}
		catch (IllegalArgumentException ex) {
			return new Entry(label, null, ex.getMessage());
		}
	}

	private static String string(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new IllegalArgumentException(field + " must be a string");
		}
		return value.stringValue();
	}

	private static String utf8(Path file) throws UnreadableFileException {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes(file, Integer.MAX_VALUE)))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFileException("not UTF-8 text");
		}
	}

	/** The file's bytes, refused unread when it is larger than {@code limit}. */
	private static byte[] bytes(Path file, long limit) throws UnreadableFileException {
		try {
			long size = Files.size(file);
			if (size > limit) {
				throw new UnreadableFileException("the file has %,d bytes; the limit is %,d".formatted(size, limit));
			}
			return Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new UnreadableFileException("no such file or folder");
		}
		catch (IOException ex) {
			throw new UnreadableFileException("cannot read: " + ex.getMessage());
		}
	}
}
