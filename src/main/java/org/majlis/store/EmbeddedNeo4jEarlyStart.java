package org.majlis.store;

import java.util.Optional;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Starts the embedded Neo4j as soon as a context's environment is complete, before its bean definitions are read
 * (Spring Boot's {@link ApplicationPreparedEvent}, registered in {@code META-INF/spring.factories}), and hands the
 * {@link EmbeddedNeo4jStarter} to the context as a bean, stopped with it. Neo4j's start is the longest part of the
 * service's start, so it begins first; reading and parsing the configuration classes takes seconds before a
 * factory post-processor would run. Does nothing where the embedded server is off ({@link EmbeddedNeo4jProperties#runsIn})
 * or the context does not scan for it.
 */
class EmbeddedNeo4jEarlyStart implements ApplicationListener<ApplicationPreparedEvent> {

	static final String BEAN = "embeddedNeo4jStarter";

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		if (!scansThisPackage(event.getSpringApplication()) || !EmbeddedNeo4jProperties.runsIn(context.getEnvironment())
				|| !(context.getBeanFactory() instanceof DefaultListableBeanFactory beans) || beans.containsSingleton(BEAN)) {
			return;
		}
		Binder binder = Binder.get(context.getEnvironment());
		boolean demo = binder.bindOrCreate("majlis.demo", DemoProperties.class).enabled();
		EmbeddedNeo4jStarter starter = new EmbeddedNeo4jStarter(binder.bindOrCreate("majlis.neo4j.embedded", EmbeddedNeo4jProperties.class),
				demo ? DemoStore::besideTheApplication : Optional::empty);
		starter.start();
		beans.registerSingleton(BEAN, starter);
		beans.registerDisposableBean(BEAN, starter);
	}

	/**
	 * Whether the application's sources scan this package, and so define the embedded server
	 * ({@link EmbeddedNeo4jConfiguration}); a bare context (the offline commands read their settings with one, on a
	 * store they must not open) does not.
	 */
	private static boolean scansThisPackage(SpringApplication application) {
		String store = EmbeddedNeo4jEarlyStart.class.getPackageName();
		return application.getAllSources().stream()
			.anyMatch(source -> source instanceof Class<?> type && AnnotatedElementUtils.hasAnnotation(type, ComponentScan.class)
					&& (store + ".").startsWith(type.getPackageName() + "."));
	}
}
