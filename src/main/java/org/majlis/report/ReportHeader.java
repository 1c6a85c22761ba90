package org.majlis.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report file: its header (the leading {@code //} lines: {@code title:}, {@code question:}, and one
 * {@code param: name Type = default — description} a parameter, the default a Cypher literal) and its query.
 * A query that uses a parameter its header does not declare is refused.
 */
final class ReportHeader {

	private static final Pattern PARAM = Pattern.compile("(\\w+)\\s+(\\w+)\\s*=\\s*(.+?)\\s+[—-]\\s+(.+)");
	private static final Pattern USED = Pattern.compile("\\$(\\w+)");
	private static final Pattern DATE = Pattern.compile("date\\('(\\d{4}-\\d{2}-\\d{2})'\\)");

	private ReportHeader() {
	}

	static Report parse(String name, String text) {
		String title = null;
		String question = null;
		List<ReportParameter> parameters = new ArrayList<>();
		List<String> lines = text.lines().toList();
		int body = 0;
		while (body < lines.size() && lines.get(body).strip().startsWith("//")) {
			String line = lines.get(body).strip().substring(2).strip();
			if (line.startsWith("title:")) {
				title = line.substring(6).strip();
			}
			else if (line.startsWith("question:")) {
				question = line.substring(9).strip();
			}
			else if (line.startsWith("param:")) {
				parameters.add(parameter(name, line.substring(6).strip()));
			}
			body++;
		}
		String cypher = String.join("\n", lines.subList(body, lines.size())).strip();
		if (title == null || question == null || cypher.isEmpty()) {
			throw new IllegalStateException("Report " + name + " needs a title:, a question: and a query");
		}
		checkDeclared(name, parameters, cypher);
		return new Report(name, title, question, parameters, cypher);
	}

	private static ReportParameter parameter(String report, String declaration) {
		Matcher m = PARAM.matcher(declaration);
		if (!m.matches()) {
			throw new IllegalStateException("Report " + report + ": a parameter is declared as 'name Type = default — "
					+ "description', not '" + declaration + "'");
		}
		try {
			ParameterType type = ParameterType.ofLabel(m.group(2));
			return new ReportParameter(m.group(1), type, literal(type, m.group(3)), m.group(3), m.group(4).strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Report " + report + ", parameter " + m.group(1) + ": " + ex.getMessage(), ex);
		}
	}

	/** The value of a Cypher literal written as a default. */
	static Object literal(ParameterType type, String literal) {
		if (literal.equals("null")) {
			return null;
		}
		Object value = switch (type) {
			case STRING -> literal.length() >= 2 && literal.startsWith("'") && literal.endsWith("'")
					? literal.substring(1, literal.length() - 1).replace("\\'", "'") : null;
			case DATE -> date(literal);
			case INTEGER, FLOAT, BOOLEAN -> type.fromText(literal);
		};
		if (value == null) {
			throw new IllegalArgumentException("the default " + literal + " is not " + type.expected() + " written in Cypher");
		}
		return value;
	}

	private static LocalDate date(String literal) {
		Matcher m = DATE.matcher(literal);
		try {
			return m.matches() ? LocalDate.parse(m.group(1)) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static void checkDeclared(String name, List<ReportParameter> parameters, String cypher) {
		Set<String> used = new LinkedHashSet<>();
		USED.matcher(cypher).results().forEach(r -> used.add(r.group(1)));
		parameters.forEach(p -> used.remove(p.name()));
		if (!used.isEmpty()) {
			throw new IllegalStateException("Report " + name + " uses undeclared parameters: " + String.join(", ", used));
		}
	}
}
