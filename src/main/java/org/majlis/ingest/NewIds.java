package org.majlis.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.majlis.common.ArabicText;
import org.majlis.common.NodeIds;

/**
 * Ids for entities the graph does not know yet: a readable slug of the English name and a short hash of the
 * normalised Arabic name ({@code person:jurgen-stock-3fa2c1}). The same name always gets the same id, so two
 * articles ingested at once that introduce the same person meet on one node (MERGE on the unique id).
 */
final class NewIds {

	private NewIds() {
	}

	static String of(String kind, String nameEn, String name, String qualifier) {
		String slug = NodeIds.slug(nameEn);
		String hash = shortHash(ArabicText.key(name) + "|" + (qualifier == null ? "" : qualifier));
		return NodeIds.of(kind, slug.isEmpty() ? hash : slug + "-" + hash);
	}

	private static String shortHash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 3);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
