package org.majlis.report;

import java.util.List;
import java.util.Map;

/**
 * What a report answered: its columns in order, and one map a row from column to a JSON-friendly value (strings,
 * numbers, booleans, lists, maps; dates as ISO strings, nodes and relationships as their properties).
 */
public record ReportResult(List<String> columns, List<Map<String, Object>> rows) {
}
