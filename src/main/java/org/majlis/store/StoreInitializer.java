package org.majlis.store;

import java.util.List;
import java.util.function.Supplier;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Brings the store up to date while the application starts, before the web server accepts requests and
 * before any command runs: migrations, the vocabularies of the feature modules ({@link StoreVocabulary}: the topics),
 * the demo graph (when enabled and the store is
 * new, unless the embedded server's start copied the build's {@link DemoStore}, which holds it), then the
 * derived properties of anything written by plain Cypher (once per store, see
 * {@link DerivedProperties#completeOnce}). One statement reads what the store holds ({@link StoreState}); each
 * step runs only when that says it is needed, so an up-to-date store starts with that statement alone.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class StoreInitializer implements SmartInitializingSingleton {

	private static final Logger LOG = LoggerFactory.getLogger(StoreInitializer.class);

	private final Steps steps;
	private final Neo4jClient neo4j;
	private final ObjectProvider<DatabaseManagementService> embeddedServer;
	private final StoreStatus status;
	private final boolean demoEnabled;
	private final boolean deriveMissing;

	/** The steps' owners, gathered to keep the constructor short. */
	record Steps(MigrationRunner migrations, List<StoreVocabulary> vocabularies, DemoGraphLoader demo, DerivedProperties derived) {
	}

	StoreInitializer(MigrationRunner migrations, List<StoreVocabulary> vocabularies, DemoGraphLoader demo, DerivedProperties derived,
			Neo4jClient neo4j, ObjectProvider<DatabaseManagementService> embeddedServer, StoreStatus status, DemoProperties demoProperties,
			@Value("${majlis.store.derive-missing:false}") boolean deriveMissing) {
		this.steps = new Steps(migrations, vocabularies, demo, derived);
		this.neo4j = neo4j;
		this.embeddedServer = embeddedServer;
		this.status = status;
		this.demoEnabled = demoProperties.enabled();
		this.deriveMissing = deriveMissing;
	}

	@Override
	public void afterSingletonsInstantiated() {
		timed("waiting for the embedded Neo4j", () -> embeddedServer.ifAvailable(server -> { }));
		StoreState state = timed("reading the store's state", () -> steps.migrations().storeState());
		timed("migrations", () -> steps.migrations().migrate(state.migrations()));
		for (StoreVocabulary vocabulary : steps.vocabularies()) {
			String checksum = vocabulary.checksum();
			if (!checksum.equals(state.meta(vocabulary.key(), "checksum"))) {
				timed(vocabulary.key() + " vocabulary", () -> {
					vocabulary.sync();
					neo4j.query("MERGE (m:MajlisMeta {key: $key}) SET m.checksum = $checksum")
						.bind(vocabulary.key()).to("key").bind(checksum).to("checksum").run();
				});
			}
		}
		if (demoEnabled) {
			status.demo(timed("demo graph", () -> status.copiedDemoStore() ? StoreStatus.Demo.COPIED_NOW : steps.demo().loadIfEmpty(state)));
		}
		boolean plainCypherWritten = status.demo() == StoreStatus.Demo.LOADED_NOW || deriveMissing;
		timed("derived properties", () -> steps.derived().completeOnce(plainCypherWritten, state));
	}

	private static void timed(String step, Runnable work) {
		timed(step, () -> {
			work.run();
			return null;
		});
	}

	/** Runs a step and logs how long it took, so that slow start-ups can be read off the log. */
	private static <T> T timed(String step, Supplier<T> work) {
		long started = System.nanoTime();
		T result = work.get();
		LOG.info("Store initialisation: {} in {} ms", step, (System.nanoTime() - started) / 1_000_000);
		return result;
	}
}
