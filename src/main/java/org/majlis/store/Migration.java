package org.majlis.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned Cypher migration, {@code V001__Constraints.cypher}: its statements are separated by
 * semicolons at line ends, and {@code //} lines are comments.
 */
record Migration(int version, String description, String script) {

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	static Migration of(String fileName, String script) {
		Matcher matcher = FILE_NAME.matcher(fileName);
		if (!matcher.matches()) {
			throw new IllegalStateException("A migration file must be named V<number>__<description>.cypher: " + fileName);
		}
		return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), script);
	}

	/** SHA-256 of the script with line endings unified, so a checkout on Windows does not change it. */
	String checksum() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(script.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A schema statement: Neo4j runs these in transactions without data changes. */
	private static final Pattern SCHEMA = Pattern.compile(
			"(?is)^(CREATE|DROP)\\s+(OR\\s+REPLACE\\s+)?((RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR|BTREE)\\s+)?(INDEX|CONSTRAINT)\\b.*");

	/** The statements grouped into transactions: each run of schema statements, each run of data statements. */
	List<List<String>> transactions() {
		List<List<String>> transactions = new ArrayList<>();
		Boolean schema = null;
		for (String statement : statements()) {
			boolean isSchema = SCHEMA.matcher(statement).matches();
			if (schema == null || schema != isSchema) {
				transactions.add(new ArrayList<>());
				schema = isSchema;
			}
			transactions.getLast().add(statement);
		}
		return transactions;
	}

	List<String> statements() {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.replace("\r\n", "\n").split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("//") || trimmed.isEmpty()) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				statements.add(current.toString().strip().replaceAll(";$", ""));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return statements;
	}
}
