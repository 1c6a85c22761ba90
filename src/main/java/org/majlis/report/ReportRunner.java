package org.majlis.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.stereotype.Component;

/**
 * Runs a report's Cypher in a read transaction of a read session, so that Neo4j refuses any write it attempts
 * and the graph stays as it was.
 */
@Component
class ReportRunner {

	private final Driver driver;
	/** Read sessions that wait for the service's earlier writes (the shared bookmarks). */
	private final SessionConfig read;

	ReportRunner(Driver driver, BookmarkManager bookmarks) {
		this.driver = driver;
		this.read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withBookmarkManager(bookmarks).build();
	}

	ReportResult run(String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session(read)) {
			return session.executeRead(tx -> {
				Result result = tx.run(cypher, parameters);
				List<String> columns = result.keys();
				return new ReportResult(columns, result.list(record -> row(columns, record)));
			});
		}
		catch (ClientException ex) {
			throw new ReportRefusedException("Neo4j refused the report: " + ex.getMessage(), ex);
		}
	}

	private static Map<String, Object> row(List<String> columns, Record record) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (String column : columns) {
			row.put(column, ReportValues.json(record.get(column).asObject()));
		}
		return row;
	}

	/** A report that Neo4j would not run as given: it tried to write, or its Cypher is wrong. */
	static class ReportRefusedException extends IllegalStateException {

		ReportRefusedException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
