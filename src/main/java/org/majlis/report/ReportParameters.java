package org.majlis.report;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** Checks the values given for a report's parameters against its header and fills in the defaults. */
final class ReportParameters {

	private ReportParameters() {
	}

	static Map<String, Object> bind(Report report, Map<String, ?> given, BiFunction<ParameterType, Object, Object> convert) {
		Map<String, ?> values = given == null ? Map.of() : given;
		for (String name : values.keySet()) {
			if (report.parameters().stream().noneMatch(p -> p.name().equals(name))) {
				throw new IllegalArgumentException("Report " + report.name() + " has no parameter " + name + "; its parameters: "
						+ names(report));
			}
		}
		Map<String, Object> bound = new HashMap<>();
		for (ReportParameter parameter : report.parameters()) {
			if (!values.containsKey(parameter.name())) {
				bound.put(parameter.name(), parameter.defaultValue());
				continue;
			}
			Object value = values.get(parameter.name());
			Object converted = value == null ? null : convert.apply(parameter.type(), value);
			if (value != null && converted == null) {
				throw new IllegalArgumentException("Parameter " + parameter.name() + " of report " + report.name() + " must be "
						+ parameter.type().expected() + " (" + parameter.type().label() + "), not " + describe(value));
			}
			bound.put(parameter.name(), converted);
		}
		return bound;
	}

	private static String names(Report report) {
		return report.parameters().isEmpty() ? "none"
				: report.parameters().stream().map(ReportParameter::name).collect(Collectors.joining(", "));
	}

	private static String describe(Object value) {
		return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
	}
}
