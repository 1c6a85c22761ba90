package org.majlis.report;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/** Lists the reports and runs one by name with checked parameters, read-only. */
@Service
public class ReportService {

	private final ReportCatalogue catalogue;
	private final ReportRunner runner;

	ReportService(ReportCatalogue catalogue, ReportRunner runner) {
		this.catalogue = catalogue;
		this.runner = runner;
	}

	public List<Report> reports() {
		return catalogue.all();
	}

	/** Runs a report with JSON parameter values (as GraphQL gives them); unknown names or wrong types throw. */
	public ReportResult run(String name, Map<String, ?> parameters) {
		Report report = catalogue.get(name);
		return runner.run(report.cypher(), report.bind(parameters));
	}

	/** Runs a report with parameters given as command-line texts. */
	public ReportResult runText(String name, Map<String, String> parameters) {
		Report report = catalogue.get(name);
		return runner.run(report.cypher(), report.bindText(parameters));
	}
}
