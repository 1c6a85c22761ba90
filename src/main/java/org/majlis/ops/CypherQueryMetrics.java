package org.majlis.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.majlis.store.CypherQueryCounter;
import org.springframework.stereotype.Component;

/** Publishes the Cypher statements sent since start-up as the counter {@code majlis.cypher.queries}. */
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
			.description("Cypher statements sent to Neo4j since start-up")
			.register(registry);
	}
}
