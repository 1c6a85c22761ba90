package org.majlis.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

/**
 * Hand-written Cypher over Bolt with the Java driver, in read transactions: the floor any GraphQL layer adds to.
 * Counts rows, or the elements of a list column summed over the rows.
 */
final class CypherEndpoint {

	/** Rows per page of the paged question. */
	static final int PAGE = 50;

	private final Driver driver;
	private final Path queries;

	CypherEndpoint(Driver driver, Path queries) {
		this.driver = driver;
		this.queries = queries;
	}

	Probe probe(String query, Map<String, Object> parameters, String listColumn) throws IOException {
		String cypher = Files.readString(queries.resolve(query + ".cypher"));
		return () -> count(read(cypher, parameters), listColumn);
	}

	/** Asks page after page ({@code $offset} advancing by {@link #PAGE}) until a page comes back short. */
	Probe pagedProbe(String query, Map<String, Object> parameters) throws IOException {
		String cypher = Files.readString(queries.resolve(query + ".cypher"));
		return () -> {
			Map<String, Object> page = new HashMap<>(parameters);
			int items = 0;
			for (int offset = 0;; offset += PAGE) {
				page.put("offset", offset);
				int rows = read(cypher, page).size();
				items += rows;
				if (rows < PAGE) {
					return items;
				}
			}
		};
	}

	private List<Record> read(String cypher, Map<String, Object> parameters) {
		try (var session = driver.session(SessionConfig.defaultConfig())) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list());
		}
	}

	private static int count(List<Record> rows, String listColumn) {
		if (listColumn == null) {
			return rows.size();
		}
		return rows.stream().mapToInt(row -> row.get(listColumn).isNull() ? 0 : row.get(listColumn).size()).sum();
	}
}
