package org.majlis.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns user text into a Lucene query for Neo4j's full-text indexes: every word must match, Lucene's special
 * characters are escaped, and a trailing {@code *} on a word is kept as a prefix search (انتر*).
 */
final class LuceneQuery {

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private LuceneQuery() {
	}

	static String allWords(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.strip().split("\\s+")) {
			boolean prefix = word.endsWith("*") && word.length() > 1;
			String escaped = escape(prefix ? word.substring(0, word.length() - 1) : word);
			if (!escaped.isEmpty()) {
				words.add(prefix ? escaped + "*" : escaped);
			}
		}
		return String.join(" AND ", words);
	}

	private static String escape(String word) {
		StringBuilder out = new StringBuilder();
		for (char c : word.toCharArray()) {
			if (SPECIAL.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		String escaped = out.toString();
		return escaped.equals("AND") || escaped.equals("OR") || escaped.equals("NOT") ? escaped.toLowerCase() : escaped;
	}
}
