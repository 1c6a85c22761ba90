package org.majlis.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's documentation as the tests read it: the README and every page of docs/, split into prose and fenced
 * code, with the links, inline code spans, headings and commands each names.
 */
public final class Docs {

	private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
	private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
	private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"|'[^']*'|\\S+");

	/** One file of documentation. */
	public record Page(Path file, List<String> lines) {

		/** The page's name relative to the project folder, for messages. */
		public String name() {
			return Path.of("").toAbsolutePath().relativize(file.toAbsolutePath()).toString();
		}

		/** The prose lines (outside fenced code blocks), with their 1-based line numbers. */
		public List<Line> prose() {
			return select(false);
		}

		/** The lines of fenced code blocks, a line ending with a backslash joined to the next. */
		public List<Line> code() {
			List<Line> joined = new ArrayList<>();
			String pending = null;
			int start = 0;
			for (Line line : select(true)) {
				String text = pending == null ? line.text() : pending + " " + line.text().strip();
				if (pending == null) {
					start = line.number();
				}
				if (text.endsWith("\\")) {
					pending = text.substring(0, text.length() - 1).stripTrailing();
				}
				else {
					joined.add(new Line(start, text));
					pending = null;
				}
			}
			return joined;
		}

		private List<Line> select(boolean inCode) {
			List<Line> selected = new ArrayList<>();
			boolean code = false;
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.stripLeading().startsWith("```")) {
					code = !code;
					continue;
				}
				if (code == inCode) {
					selected.add(new Line(i + 1, line));
				}
			}
			return selected;
		}

		/** The targets of every Markdown link in the prose. */
		public List<Found> links() {
			return find(prose(), LINK);
		}

		/** The text of every inline code span in the prose. */
		public List<Found> codeSpans() {
			return find(prose(), CODE_SPAN);
		}

		/** The anchors GitHub gives the page's headings. */
		public List<String> anchors() {
			return prose().stream()
				.map(line -> HEADING.matcher(line.text()))
				.filter(Matcher::matches)
				.map(m -> slug(m.group(1)))
				.toList();
		}

		/**
		 * Commands: every line of fenced or indented code and every code span, one string each (comments after
		 * " # " removed).
		 */
		public List<Found> commands() {
			List<Found> commands = new ArrayList<>();
			code().forEach(line -> commands.add(new Found(line.number(), withoutComment(line.text()).strip())));
			prose().stream()
				.filter(line -> line.text().startsWith("    "))
				.forEach(line -> commands.add(new Found(line.number(), withoutComment(line.text()).strip())));
			codeSpans().forEach(span -> commands.add(span));
			return commands;
		}

		private static List<Found> find(List<Line> lines, Pattern pattern) {
			List<Found> found = new ArrayList<>();
			for (Line line : lines) {
				Matcher m = pattern.matcher(line.text());
				while (m.find()) {
					found.add(new Found(line.number(), m.group(1)));
				}
			}
			return found;
		}
	}

	/** A line of a page. */
	public record Line(int number, String text) {
	}

	/** Something a page names, and the line it names it on. */
	public record Found(int line, String text) {
	}

	private Docs() {
	}

	/** The README and the pages of docs/, read from the project folder. */
	public static List<Page> pages() {
		List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files.stream().map(Docs::read).toList();
	}

	public static Page read(Path file) {
		try {
			return new Page(file, Files.readAllLines(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
	public static String slug(String heading) {
		String plain = heading.replaceAll("`", "").strip().toLowerCase(Locale.ROOT);
		return plain.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
	}

	/** A command line split into words; quoted words keep their spaces, without the quotes. */
	public static List<String> words(String command) {
		List<String> words = new ArrayList<>();
		Matcher m = TOKEN.matcher(command);
		while (m.find()) {
			String word = m.group();
			boolean quoted = word.length() >= 2 && (word.startsWith("\"") || word.startsWith("'"));
			words.add(quoted ? word.substring(1, word.length() - 1) : word);
		}
		return words;
	}

	private static String withoutComment(String line) {
		int comment = line.indexOf(" # ");
		return comment < 0 ? line : line.substring(0, comment);
	}
}
