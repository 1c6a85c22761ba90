package org.majlis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.majlis.report.ReportResult;

/** How {@code report} writes a result: an aligned text table, RFC 4180 CSV, or a JSON array of row objects. */
enum ReportFormat {

	table {
		@Override
		void write(ReportResult result, PrintWriter out) {
			List<List<String>> rows = new ArrayList<>();
			result.rows().forEach(row -> rows.add(cells(result.columns(), row)));
			TextTable.write(result.columns(), rows, out);
			out.println("(" + result.rows().size() + (result.rows().size() == 1 ? " row)" : " rows)"));
		}
	},

	csv {
		@Override
		void write(ReportResult result, PrintWriter out) {
			out.print(String.join(",", result.columns().stream().map(ReportFormat::quote).toList()) + "\r\n");
			for (Map<String, Object> row : result.rows()) {
				out.print(String.join(",", cells(result.columns(), row).stream().map(ReportFormat::quote).toList()) + "\r\n");
			}
		}
	},

	json {
		@Override
		void write(ReportResult result, PrintWriter out) {
			out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result.rows()));
		}
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	abstract void write(ReportResult result, PrintWriter out);

	private static List<String> cells(List<String> columns, Map<String, Object> row) {
		return columns.stream().map(column -> cell(row.get(column))).toList();
	}

	/** A value as one cell: plain text for strings and numbers, JSON for lists and maps, empty for null. */
	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof List<?> || value instanceof Map<?, ?> ? JSON.writeValueAsString(value) : value.toString();
	}

	private static String quote(String cell) {
		boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
		return plain ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
	}
}
