package org.majlis.report;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code reports} and {@code runReport}. */
@Controller
class ReportController {

	private final ReportService reports;

	ReportController(ReportService reports) {
		this.reports = reports;
	}

	@QueryMapping
	List<Report> reports() {
		return reports.reports();
	}

	@QueryMapping
	ReportResult runReport(@Argument String name, @Argument Object params) {
		if (params != null && !(params instanceof Map)) {
			throw new IllegalArgumentException("params must be a JSON object of parameter names and values, not " + params);
		}
		@SuppressWarnings("unchecked")
		Map<String, ?> values = (Map<String, ?>) params;
		return reports.run(name, values);
	}

	@SchemaMapping(typeName = "ReportParameter", field = "type")
	String type(ReportParameter parameter) {
		return parameter.type().label();
	}

	@SchemaMapping(typeName = "ReportParameter", field = "default")
	String defaultValue(ReportParameter parameter) {
		return parameter.defaultLiteral();
	}
}
