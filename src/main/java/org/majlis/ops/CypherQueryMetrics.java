package org.majlis.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.majlis.store.CypherQueryCounter;
import org.springframework.stereotype.Component;

/**
 * Publishes the Cypher statements sent since start-up, counted at the driver ({@link CypherQueryCounter}), as the
 * counter {@code majlis.cypher.queries} (Prometheus {@code majlis_cypher_queries_total}).
 */
@Component
class CypherQueryMetrics implements MeterBinder {

	static final String NAME = "majlis.cypher.queries";

	private final CypherQueryCounter counter;

	CypherQueryMetrics(CypherQueryCounter counter) {
		this.counter = counter;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder(NAME, counter, CypherQueryCounter::count)
			.description("Cypher statements the Neo4j driver sent since start-up, whatever API sent them")
			.register(registry);
	}
}
