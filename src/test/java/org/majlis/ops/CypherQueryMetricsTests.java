package org.majlis.ops;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.majlis.store.CypherQueryCounter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.async.AsyncSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every statement sent to Neo4j counts once in {@code majlis_cypher_queries_total}, whichever API sends it. */
@MajlisTest
class CypherQueryMetricsTests {

	private static final String STATEMENT = "MATCH (t:Topic) RETURN count(t) AS n";

	@Autowired
	CypherQueryCounter counter;

	@Autowired
	Driver driver;

	@Autowired
	Neo4jClient client;

	@Autowired
	Neo4jTemplate template;

	@Autowired
	GraphQlHttp http;

	private long statementsSentBy(Runnable work) {
		long before = counter.count();
		work.run();
		return counter.count() - before;
	}

	@Test
	void shouldCountAStatementRunOnARawDriverSessionOnce() {
		assertThat(statementsSentBy(() -> {
			try (var session = driver.session()) {
				session.run(STATEMENT).consume();
			}
		})).isEqualTo(1);
	}

	@Test
	void shouldCountAStatementOfATransactionFunctionOnce() {
		assertThat(statementsSentBy(() -> {
			try (var session = driver.session()) {
				session.executeRead(tx -> tx.run(STATEMENT).single());
			}
		})).isEqualTo(1);
	}

	@Test
	void shouldCountEachStatementOfAnExplicitTransaction() {
		assertThat(statementsSentBy(() -> {
			try (var session = driver.session(); var tx = session.beginTransaction()) {
				tx.run(STATEMENT).consume();
				tx.run("RETURN 1").consume();
				tx.commit();
			}
		})).isEqualTo(2);
	}

	@Test
	void shouldCountAnExecutableQueryOnce() {
		assertThat(statementsSentBy(() -> driver.executableQuery(STATEMENT).execute())).isEqualTo(1);
	}

	@Test
	void shouldCountAStatementOfAnAsyncSessionOnce() {
		assertThat(statementsSentBy(() -> {
			AsyncSession session = driver.session(AsyncSession.class);
			try {
				session.runAsync(STATEMENT).thenCompose(cursor -> cursor.consumeAsync()).toCompletableFuture().join();
			}
			finally {
				session.closeAsync().toCompletableFuture().join();
			}
		})).isEqualTo(1);
	}

	@Test
	void shouldCountAStatementThroughNeo4jClientOnce() {
		assertThat(statementsSentBy(() -> client.query(STATEMENT).fetchAs(Long.class).one())).isEqualTo(1);
	}

	@Test
	void shouldCountAStatementThroughTheSpringDataTemplateOnce() {
		assertThat(statementsSentBy(() -> template.count(STATEMENT))).isEqualTo(1);
	}

	@Test
	void shouldShowTheStatementsOfTheRawDriverInThePrometheusScrape() throws Exception {
		double before = PrometheusScrape.of(http).cypherQueries();
		for (int i = 0; i < 3; i++) {
			driver.executableQuery(STATEMENT).execute();
		}
		assertThat(PrometheusScrape.of(http).cypherQueries()).isEqualTo(before + 3);
	}

	@Test
	void shouldCountAsManyStatementsAsTheDriverSentRunMessagesSinceStartUp() throws Exception {
		PrometheusScrape scrape = PrometheusScrape.of(http);
		assertThat(scrape.cypherQueries()).as("majlis_cypher_queries_total against Bolt RUN messages answered")
			.isEqualTo(scrape.sum("neo4j_bolt_client_exchange_duration_summary_run_total"));
	}
}
