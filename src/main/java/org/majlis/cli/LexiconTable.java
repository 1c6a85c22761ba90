package org.majlis.cli;

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

/** The rows of one of the extractor's lexicons ({@code lexicon/*.tsv}), by column name; the synthetic corpus draws on them. */
final class LexiconTable {

	private final List<Map<String, String>> rows;

	private LexiconTable(List<Map<String, String>> rows) {
		this.rows = rows;
	}

	static LexiconTable load(String name) {
		String resource = "lexicon/" + name + ".tsv";
		InputStream stream = LexiconTable.class.getClassLoader().getResourceAsStream(resource);
		if (stream == null) {
			throw new IllegalStateException("No lexicon " + resource + " on the classpath");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			List<String> header = Arrays.asList(reader.readLine().split("\t", -1));
			List<Map<String, String>> rows = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), i < cells.length ? cells[i].strip() : "");
				}
				rows.add(row);
			}
			return new LexiconTable(List.copyOf(rows));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	/** The values of a column in the rows that pass the filter, in file order, without blanks or repeats. */
	List<String> column(String column, Predicate<Map<String, String>> filter) {
		return rows.stream().filter(filter).map(row -> row.get(column)).filter(value -> value != null && !value.isEmpty())
			.distinct().toList();
	}

	/** All values of a column holding lists separated by Arabic commas, plus those of {@code single}. */
	List<String> listColumn(String single, String list) {
		List<String> values = new ArrayList<>(column(single, row -> true));
		for (String cell : column(list, row -> true)) {
			Arrays.stream(cell.split("[،,]")).map(String::strip).filter(form -> !form.isEmpty() && !values.contains(form))
				.forEach(values::add);
		}
		return List.copyOf(values);
	}
}
