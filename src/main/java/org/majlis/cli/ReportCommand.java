package org.majlis.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.majlis.report.Report;
import org.majlis.report.ReportCatalogue;
import org.majlis.report.ReportParameter;
import org.majlis.report.ReportService;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report NAME --param key=value --format table|csv|json}, or {@code report --list} (also {@code reports}). */
@Command(name = "report", aliases = "reports", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Runs a read-only report of the library (cypher/reports) against the configured store.",
				"Without a name, or with --list, lists the reports with their parameters.",
				"Exit code: 0 done, 1 failed, 2 usage error (unknown report or parameter, wrong type)." },
		footer = "%nSpring settings pass through, e.g. --majlis.neo4j.embedded.data-dir=./data or "
				+ "--spring.neo4j.uri=neo4j://host:7687.")
class ReportCommand implements SpringCommand {

	@Parameters(arity = "0..1", paramLabel = "NAME", description = "The report's name, e.g. attendance-by-topic.")
	String name;

	@Option(names = "--list", description = "List the reports and their parameters.")
	boolean list;

	@Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter's value (repeatable); others take their defaults.")
	Map<String, String> params = new LinkedHashMap<>();

	@Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
	ReportFormat format = ReportFormat.table;

	@Spec
	CommandSpec spec;

	@Override
	public void validate() {
		if (listing()) {
			return;
		}
		try {
			new ReportCatalogue().get(name).bindText(params);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(spec.commandLine(), ex.getMessage());
		}
	}

	@Override
	public int run(ConfigurableApplicationContext context) {
		PrintWriter out = spec.commandLine().getOut();
		ReportService reports = context.getBean(ReportService.class);
		if (listing()) {
			reports.reports().forEach(report -> describe(out, report));
		}
		else {
			format.write(reports.runText(name, params), out);
		}
		out.flush();
		return 0;
	}

	private boolean listing() {
		return list || name == null;
	}

	private static void describe(PrintWriter out, Report report) {
		out.println(report.name() + " — " + report.title() + ": " + report.question());
		for (ReportParameter p : report.parameters()) {
			out.println("    --param " + p.name() + "=… (" + p.type().label() + ", default " + p.defaultLiteral() + ") "
					+ p.description());
		}
	}
}
