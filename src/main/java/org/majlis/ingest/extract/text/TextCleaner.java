package org.majlis.ingest.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans an article without rewriting it: drops image file names and lines of lone punctuation, folds
 * paragraphs that repeat verbatim (some sites print the body twice) and normalises whitespace, joining a conjunction
 * "و" written apart to its word ("و الأمن" as "والأمن").
 */
public final class TextCleaner {

	private static final Pattern IMAGE_LINE = Pattern.compile("(?i)[\\w\\-. ]+\\.(jpe?g|png|gif|webp|bmp|tiff?)");
	private static final Pattern PUNCTUATION_LINE = Pattern.compile("[\\p{P}\\p{S}\\s]+");
	private static final Pattern SPACES = Pattern.compile("[\\s&&[^\\n]]+");
	/** The conjunction "و" written apart from its word ("و الأمن الداخلي"), which Arabic writes joined to it. */
	private static final Pattern DETACHED_AND = Pattern.compile("(?<=^|\\s)و (?=\\p{L})");
	private static final int REPEAT_MIN_LENGTH = 25;

	private TextCleaner() {
	}

	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
		Set<String> seen = new HashSet<>();
		List<String> kept = new ArrayList<>();
		boolean blank = false;
		for (String raw : unified.split("\n", -1)) {
			String line = DETACHED_AND.matcher(SPACES.matcher(raw).replaceAll(" ").strip()).replaceAll("و");
			if (line.isEmpty()) {
				blank = !kept.isEmpty();
				continue;
			}
			if (IMAGE_LINE.matcher(line).matches() || PUNCTUATION_LINE.matcher(line).matches()) {
				continue;
			}
			if (line.length() >= REPEAT_MIN_LENGTH && !seen.add(line)) {
				continue;
			}
			if (blank) {
				kept.add("");
				blank = false;
			}
			kept.add(line);
		}
		return String.join("\n", kept);
	}
}
