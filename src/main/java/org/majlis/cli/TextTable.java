package org.majlis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows printed as an aligned text table: a header line, then one line per row, cells separated by " | ". */
final class TextTable {

	private TextTable() {
	}

	static void write(List<String> columns, List<List<String>> rows, PrintWriter out) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(columns);
		lines.addAll(rows);
		int[] widths = new int[columns.size()];
		lines.forEach(line -> {
			for (int i = 0; i < widths.length; i++) {
				widths[i] = Math.max(widths[i], line.get(i).length());
			}
		});
		for (List<String> line : lines) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < widths.length; i++) {
				text.append(i == 0 ? "" : " | ").append(String.format("%-" + Math.max(1, widths[i]) + "s", line.get(i)));
			}
			out.println(text.toString().stripTrailing());
		}
	}
}
