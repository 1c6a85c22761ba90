package org.majlis.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * At most {@code majlis.graphql.max-concurrent-reads} queries run at once; the others wait their turn, first come first
 * served, for at most the request timeout, then are answered with a TIMEOUT error. Mutations never wait here, so that a
 * writer shares the cores with that many readers, not with every client that is reading. The wait parks the request's
 * (virtual) thread before anything of the query runs.
 */
class ConcurrentReadLimit implements WebGraphQlInterceptor {

	private final Semaphore permits;
	private final ParsedDocuments documents;
	private final Duration timeout;

	ConcurrentReadLimit(int maxConcurrentReads, ParsedDocuments documents, Duration timeout) {
		this.permits = new Semaphore(maxConcurrentReads, true);
		this.documents = documents;
		this.timeout = timeout;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!documents.isQuery(request)) {
			return chain.next(request);
		}
		return Mono.defer(() -> acquired()
				? Mono.using(() -> permits, permit -> chain.next(request), Semaphore::release)
				: Mono.just(RequestTimeoutInterceptor.timedOut(request, timeout)));
	}

	private boolean acquired() {
		try {
			return permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
