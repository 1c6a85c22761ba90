package org.majlis.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * The GraphQL requests of users (over HTTP, not the service's own): how many are running and when the last one
 * ended, so that background work such as {@link QueryPlanWarmup} waits until the service is idle instead of taking
 * the cores from the first questions (on 2 cores, the warm-up beside the first query doubled its time on a large store).
 */
@Component
class UserRequests implements WebGraphQlInterceptor {

	private static final long POLL_MILLIS = 50;

	private final AtomicInteger running = new AtomicInteger();
	private final AtomicLong lastActivity = new AtomicLong(System.nanoTime() - Duration.ofDays(1).toNanos());

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return Mono.defer(() -> {
			started();
			return chain.next(request);
		}).doFinally(signal -> ended());
	}

	void started() {
		running.incrementAndGet();
		lastActivity.set(System.nanoTime());
	}

	void ended() {
		running.decrementAndGet();
		lastActivity.set(System.nanoTime());
	}

	/** Marks now as activity: idleness is counted from here (the service's ready moment, for the warm-up). */
	void touch() {
		lastActivity.set(System.nanoTime());
	}

	/**
	 * Waits until no user request runs and none ran for {@code quiet}; answers false when {@code stop} says to give up.
	 */
	boolean awaitIdle(Duration quiet, BooleanSupplier stop) throws InterruptedException {
		while (!stop.getAsBoolean()) {
			if (running.get() == 0 && System.nanoTime() - lastActivity.get() >= quiet.toNanos()) {
				return true;
			}
			Thread.sleep(POLL_MILLIS);
		}
		return false;
	}
}
