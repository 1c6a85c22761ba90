package org.majlis.report;

/**
 * A parameter of a report, as its header declares it.
 *
 * @param defaultValue the default as a Cypher parameter value (null when the default is null)
 * @param defaultLiteral the default as written in the header, a Cypher literal such as {@code 'cybercrime'}
 */
public record ReportParameter(String name, ParameterType type, Object defaultValue, String defaultLiteral,
		String description) {
}
