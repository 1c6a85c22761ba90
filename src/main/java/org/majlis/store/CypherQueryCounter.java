package org.majlis.store;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.neo4j.driver.observation.micrometer.SessionRunContext;
import org.neo4j.driver.observation.micrometer.TransactionRunContext;

import org.springframework.stereotype.Component;

/**
 * Counts the Cypher statements the Neo4j driver sends, whatever sends them: {@code Neo4jClient} and Spring Data
 * Neo4j, the raw {@code Driver} (sessions, transactions, transaction functions, {@code executableQuery}, async and
 * reactive sessions), start-up and health checks. The driver reports each {@code run} of a session or transaction as a
 * Micrometer observation (Spring Boot gives every driver it builds, embedded or remote, the application's
 * {@code ObservationRegistry}, and registers this handler on that registry); this handler counts those observations.
 * The figure shows that a GraphQL request costs a bounded number of statements.
 */
@Component
public class CypherQueryCounter implements ObservationHandler<Observation.Context> {

	private final AtomicLong statements = new AtomicLong();

	/** Statements sent since start-up. */
	public long count() {
		return statements.get();
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof SessionRunContext || context instanceof TransactionRunContext;
	}

	@Override
	public void onStart(Observation.Context context) {
		statements.incrementAndGet();
	}
}
