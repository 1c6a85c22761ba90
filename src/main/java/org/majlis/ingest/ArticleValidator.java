package org.majlis.ingest;

import java.util.regex.Pattern;

import org.majlis.common.ArabicText;

/**
 * Refuses input that is not an Arabic news article before anything is extracted or written: empty text,
 * text over {@link #MAX_CHARACTERS}, binary or control characters, text with no Arabic, or an unknown language.
 */
final class ArticleValidator {

	/** The longest article accepted, in characters (a long news feature is about 30,000). */
	static final int MAX_CHARACTERS = 200_000;

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private ArticleValidator() {
	}

	static void validate(IngestArticleInput input) {
		String text = input.text();
		if (text == null || text.isBlank()) {
			throw new InvalidArticleException("The article text is empty");
		}
		if (text.length() > MAX_CHARACTERS) {
			throw new InvalidArticleException("The article text has %,d characters; the limit is %,d"
				.formatted(text.length(), MAX_CHARACTERS));
		}
		int position = firstForbidden(text);
		if (position >= 0) {
			throw new InvalidArticleException("The article text holds a control or binary character (U+%04X) at position %d"
				.formatted((int) text.charAt(position), position));
		}
		if (!ArabicText.hasArabic(text)) {
			throw new InvalidArticleException("The article text holds no Arabic; Majlis reads Arabic news");
		}
		if (input.language() != null && !LANGUAGE.matcher(input.language()).matches()) {
			throw new InvalidArticleException("language must be an ISO 639-1 code such as ar: " + input.language());
		}
		if (input.language() != null && !input.language().equals("ar")) {
			throw new InvalidArticleException("Only Arabic articles (language ar) can be read for now, not " + input.language());
		}
	}

	/**
	 * Index of the first character no article text holds: C0/C1 controls other than tab and line breaks,
	 * unpaired surrogates, non-characters, the replacement character of undecodable bytes, and the
	 * left-to-right and right-to-left overrides (used to disguise text, never needed in news).
	 */
	private static int firstForbidden(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c < 0xa0);
			boolean surrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
					&& Character.isHighSurrogate(text.charAt(i - 1)));
			boolean special = c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF' || c == '\u202D' || c == '\u202E';
			if (control || surrogate || special) {
				return i;
			}
		}
		return -1;
	}
}
