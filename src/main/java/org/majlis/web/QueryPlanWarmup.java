package org.majlis.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Once the web service is ready (never before: readiness does not wait for it), runs the example queries of
 * {@code graphql/examples} once on a background thread, so that the Cypher plans, GraphQL parsing and JIT of the
 * common questions are warm when users ask them. Reads only; mutations are skipped; it stops when the service does.
 * Each example waits until users' requests have left the service idle for {@value #QUIET_MILLIS} ms
 * ({@link UserRequests}), so that the first questions asked after the start do not share the cores with it.
 * {@code majlis.warmup.enabled=false} turns it off (the tests do, so that statement counts are their own).
 * <p>
 * {@code majlis.aot.training=true} is the build's training start for the JVM's ahead-of-time cache (see the pom): the
 * service starts as always, runs the examples, and then stops, so that the cache holds what a start and the first
 * answers load, not only the context.
 */
@Component
class QueryPlanWarmup {

	private static final Logger log = LoggerFactory.getLogger(QueryPlanWarmup.class);
	private static final String EXAMPLES = "classpath:graphql/examples/*.graphql";
	private static final Duration EACH_AT_MOST = Duration.ofSeconds(30);
	private static final long QUIET_MILLIS = 1000;

	private final ExecutionGraphQlService graphQl;
	private final UserRequests requests;
	private final boolean enabled;
	private final boolean training;
	private volatile boolean stopping;

	QueryPlanWarmup(ExecutionGraphQlService graphQl, UserRequests requests, @Value("${majlis.warmup.enabled:true}") boolean enabled,
			@Value("${majlis.aot.training:false}") boolean training) {
		this.graphQl = graphQl;
		this.requests = requests;
		this.enabled = enabled;
		this.training = training;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if ((enabled || training) && event.getApplicationContext() instanceof WebServerApplicationContext) {
			requests.touch();
			Thread.ofVirtual().name("query-plan-warmup").start(() -> {
				warm();
				if (training) {
					log.info("Training start for the ahead-of-time cache done; stopping");
					System.exit(SpringApplication.exit(event.getApplicationContext()));
				}
			});
		}
	}

	@EventListener
	void onClose(ContextClosedEvent event) {
		stopping = true;
	}

	/** Runs every read-only example once; answers how many ran without errors. */
	int warm() {
		long started = System.nanoTime();
		int warmed = 0;
		try {
			for (Resource example : new PathMatchingResourcePatternResolver().getResources(EXAMPLES)) {
				if (!requests.awaitIdle(Duration.ofMillis(QUIET_MILLIS), () -> stopping)) {
					log.info("Warming the query plans stopped: the service is stopping");
					return warmed;
				}
				String document = example.getContentAsString(StandardCharsets.UTF_8);
				if (document.lines().map(String::strip).anyMatch(line -> line.startsWith("mutation"))) {
					continue;
				}
				var response = graphQl.execute(new DefaultExecutionGraphQlRequest(document, null, Map.of(), Map.of(),
						"warmup-" + UUID.randomUUID(), null)).block(EACH_AT_MOST);
				if (response != null && response.getErrors().isEmpty()) {
					warmed++;
				}
			}
			log.info("Warmed the query plans of {} example queries in {} ms", warmed, (System.nanoTime() - started) / 1_000_000);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Warming the query plans stopped: {}", ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return warmed;
	}
}
