package org.majlis.store;

import org.majlis.topic.TopicService;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Brings the store up to date while the application starts, before the web server accepts requests and
 * before any command runs: migrations, the topic vocabulary, the demo graph (when enabled and the store is
 * new), then the derived properties of anything written by plain Cypher.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class StoreInitializer implements SmartInitializingSingleton {

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
	public void afterSingletonsInstantiated() {
		migrations.migrate();
		topics.syncVocabulary();
		if (demoProperties.enabled()) {
			demo.loadIfEmpty();
		}
		derived.refreshMissing();
	}
}
