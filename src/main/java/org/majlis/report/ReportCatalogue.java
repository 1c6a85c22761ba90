package org.majlis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The reports of {@code classpath:cypher/reports/*.cypher}, read once, by name. Needs no running store, so the
 * command line can check a report's name and parameters before it starts anything.
 */
@Component
public class ReportCatalogue {

	private static final String LOCATION = "classpath:cypher/reports/*.cypher";

	private final List<Report> reports;

	public ReportCatalogue() {
		this.reports = load();
	}

	/** Every report, by name. */
	public List<Report> all() {
		return reports;
	}

	/** The report of that name; throws naming the known reports when there is none. */
	public Report get(String name) {
		return reports.stream().filter(r -> r.name().equals(name)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown report " + name + "; the reports are: "
					+ reports.stream().map(Report::name).collect(Collectors.joining(", "))));
	}

	private static List<Report> load() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return Arrays.stream(files).map(ReportCatalogue::read).sorted(Comparator.comparing(Report::name)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the reports", ex);
		}
	}

	private static Report read(Resource file) {
		String name = file.getFilename().replaceFirst("\\.cypher$", "");
		try {
			return ReportHeader.parse(name, file.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read report " + name, ex);
		}
	}
}
