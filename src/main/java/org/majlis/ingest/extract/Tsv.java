package org.majlis.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a UTF-8 tab-separated lexicon from the classpath, skipping its header line and blank lines. */
final class Tsv {

	private Tsv() {
	}

	static List<String[]> read(String resource) {
		InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("missing lexicon on the classpath: " + resource);
		}
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line = reader.readLine();
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				for (int i = 0; i < cells.length; i++) {
					cells[i] = cells[i].strip();
				}
				rows.add(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/** The cell at {@code index}, or "" when the row is shorter. */
	static String cell(String[] row, int index) {
		return index < row.length ? row[index] : "";
	}

	/** A cell holding several forms separated by the Arabic comma. */
	static List<String> list(String[] row, int index) {
		String value = cell(row, index);
		if (value.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(value.split("[،,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
