package org.majlis.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.majlis.topic.TopicService;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Brings the store up to date while the application starts, before the web server accepts requests and
 * before any command runs: migrations, the topic vocabulary, the demo graph (when enabled and the store is
 * new), then the derived properties of anything written by plain Cypher (once per store, see
 * {@link DerivedProperties#completeOnce}).
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class StoreInitializer implements SmartInitializingSingleton {

	private static final Logger LOG = LoggerFactory.getLogger(StoreInitializer.class);

	private final MigrationRunner migrations;
	private final TopicService topics;
	private final DemoGraphLoader demo;
	private final DemoProperties demoProperties;
	private final DerivedProperties derived;
	private final StoreStatus status;
	private final boolean deriveMissing;

	StoreInitializer(MigrationRunner migrations, TopicService topics, DemoGraphLoader demo, DemoProperties demoProperties,
			DerivedProperties derived, StoreStatus status, @Value("${majlis.store.derive-missing:false}") boolean deriveMissing) {
		this.migrations = migrations;
		this.topics = topics;
		this.demo = demo;
		this.demoProperties = demoProperties;
		this.derived = derived;
		this.status = status;
		this.deriveMissing = deriveMissing;
	}

	@Override
	public void afterSingletonsInstantiated() {
		timed("migrations", migrations::migrate);
		timed("topic vocabulary", topics::syncVocabulary);
		if (demoProperties.enabled()) {
			timed("demo graph", () -> status.demo(demo.loadIfEmpty()));
		}
		boolean plainCypherWritten = status.demo() == StoreStatus.Demo.LOADED_NOW || deriveMissing;
		timed("derived properties", () -> derived.completeOnce(plainCypherWritten));
	}

	/** Runs a step and logs how long it took, so that slow start-ups can be read off the log. */
	private static void timed(String step, Runnable work) {
		long started = System.nanoTime();
		work.run();
		LOG.info("Store initialisation: {} in {} ms", step, (System.nanoTime() - started) / 1_000_000);
	}
}
