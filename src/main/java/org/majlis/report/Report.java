package org.majlis.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One report of the library: its name (the file name without {@code .cypher}), what its header says, and its
 * read-only Cypher query.
 */
public record Report(String name, String title, String question, List<ReportParameter> parameters, String cypher) {

	public Report {
		parameters = List.copyOf(parameters);
	}

	/** The Cypher parameters for the given JSON values, defaults filled in; throws naming a bad parameter. */
	public Map<String, Object> bind(Map<String, ?> values) {
		return ReportParameters.bind(this, values, ParameterType::fromJson);
	}

	/** The Cypher parameters for command-line texts ({@code key=value}), defaults filled in. */
	public Map<String, Object> bindText(Map<String, String> texts) {
		return ReportParameters.bind(this, texts, (type, value) -> type.fromText((String) value));
	}

	/** The command that sets every parameter to its default in cypher-shell or Neo4j Browser. */
	public String paramCommand() {
		return parameters.stream().map(p -> p.name() + ": " + p.defaultLiteral())
			.collect(Collectors.joining(", ", ":param {", "}"));
	}
}
