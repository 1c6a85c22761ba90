package org.majlis.ops;

import java.lang.management.ManagementFactory;

import org.majlis.store.StoreStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the user where to go once the service is ready: the GraphQL endpoint, GraphiQL, the explorer, the Bolt
 * address, and what became of the demo graph. Commands of the command line start no web server and print nothing.
 */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final StoreStatus store;
	private final Environment environment;

	ReadyBanner(StoreStatus store, Environment environment) {
		this.store = store;
		this.environment = environment;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info(text(web.getWebServer().getPort()));
		}
	}

	String text(int port) {
		String base = "http://localhost:" + port + environment.getProperty("server.servlet.context-path", "");
		String bolt = store.boltUri() + store.embeddedStore().map(folder -> " (embedded Neo4j, store " + folder + ")").orElse(" (external Neo4j)");
		return """
				Majlis is ready, %.1f s after the JVM started
				  GraphQL     %s%s
				  GraphiQL    %s%s
				  Explorer    %s/explorer/
				  Bolt        %s
				  Demo graph  %s""".formatted(ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
				base, environment.getProperty("spring.graphql.http.path", "/graphql"),
				base, environment.getProperty("spring.graphql.graphiql.path", "/graphiql"), base, bolt, store.demo());
	}
}
