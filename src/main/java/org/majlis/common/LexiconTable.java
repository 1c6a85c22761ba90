package org.majlis.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A UTF-8 tab-separated lexicon of the classpath ({@code lexicon/NAME.tsv}) read by its header line: every row is
 * looked up by column name, so adding or reordering columns never shifts a meaning. Blank lines and lines starting
 * with {@code #} (comments, sources and licences) are skipped. Asking for a column the header lacks is an error.
 */
public final class LexiconTable {

	/** One row, its cells by column name. */
	public record Row(String file, int line, Map<String, String> cells) {

		/** The stripped cell of a column, "" when the row is shorter than the header. */
		public String get(String column) {
			String value = cells.get(column);
			if (value == null) {
				throw new IllegalStateException("lexicon/" + file + ".tsv has no column '" + column + "'");
			}
			return value;
		}

		/** The forms of a cell that holds several, separated by Arabic or Latin commas. */
		public List<String> list(String column) {
			String value = get(column);
			if (value.isEmpty()) {
				return List.of();
			}
			return Arrays.stream(value.split("[،,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}

		/** True when the cell of the column equals the value. */
		public boolean is(String column, String value) {
			return get(column).equals(value);
		}

		/** The cell as an integer. */
		public int number(String column) {
			try {
				return Integer.parseInt(get(column));
			}
			catch (NumberFormatException ex) {
				throw new IllegalStateException("lexicon/" + file + ".tsv line " + line + ": '" + column + "' is not a number", ex);
			}
		}
	}

	private final String name;
	private final List<Row> rows;

	private LexiconTable(String name, List<Row> rows) {
		this.name = name;
		this.rows = rows;
	}

	/** Reads {@code lexicon/NAME.tsv}. */
	public static LexiconTable load(String name) {
		String resource = "lexicon/" + name + ".tsv";
		InputStream stream = LexiconTable.class.getClassLoader().getResourceAsStream(resource);
		if (stream == null) {
			throw new IllegalStateException("No lexicon " + resource + " on the classpath");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			String headerLine = reader.readLine();
			while (headerLine != null && headerLine.startsWith("#")) {
				headerLine = reader.readLine();
			}
			if (headerLine == null) {
				throw new IllegalStateException(resource + " has no header line");
			}
			List<String> header = Arrays.stream(headerLine.split("\t", -1)).map(String::strip).toList();
			List<Row> rows = new ArrayList<>();
			int number = 1;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), i < cells.length ? cells[i].strip() : "");
				}
				rows.add(new Row(name, number, row));
			}
			return new LexiconTable(name, List.copyOf(rows));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	public String name() {
		return name;
	}

	public List<Row> rows() {
		return rows;
	}

	/** The values of a column in the rows that pass the filter, in file order, without blanks or repeats. */
	public List<String> column(String column, Predicate<Row> filter) {
		return rows.stream().filter(filter).map(row -> row.get(column)).filter(value -> !value.isEmpty()).distinct().toList();
	}

	/** The values of column {@code single} followed by every form of the list column {@code list}, without repeats. */
	public List<String> listColumn(String single, String list) {
		List<String> values = new ArrayList<>(column(single, row -> true));
		for (Row row : rows) {
			row.list(list).stream().filter(form -> !values.contains(form)).forEach(values::add);
		}
		return List.copyOf(values);
	}
}
