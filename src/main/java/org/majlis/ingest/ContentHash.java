package org.majlis.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The identity of an article's text: SHA-256 of its NFC form with whitespace collapsed, so the same text
 * sent again (re-wrapped or with other line endings) is recognised as a duplicate.
 */
final class ContentHash {

	private ContentHash() {
	}

	static String of(String text) {
		String canonical = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
