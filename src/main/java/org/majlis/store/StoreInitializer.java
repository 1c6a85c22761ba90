package org.majlis.store;

import org.majlis.topic.TopicService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the store up to date before anything else runs: migrations, the topic vocabulary, the demo graph
 * (when enabled and the store is new), then the derived properties of anything written by plain Cypher.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(DemoProperties.class)
class StoreInitializer implements ApplicationRunner {

	private final MigrationRunner migrations;
	private final TopicService topics;
	private final DemoGraphLoader demo;
	private final DemoProperties demoProperties;
	private final DerivedProperties derived;

	StoreInitializer(MigrationRunner migrations, TopicService topics, DemoGraphLoader demo, DemoProperties demoProperties,
			DerivedProperties derived) {
		this.migrations = migrations;
		this.topics = topics;
		this.demo = demo;
		this.demoProperties = demoProperties;
		this.derived = derived;
	}

	@Override
	public void run(ApplicationArguments args) {
		migrations.migrate();
		topics.syncVocabulary();
		if (demoProperties.enabled()) {
			demo.loadIfEmpty();
		}
		derived.refreshMissing();
	}
}
