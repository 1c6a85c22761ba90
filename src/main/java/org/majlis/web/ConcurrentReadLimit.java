package org.majlis.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * At most {@code majlis.graphql.max-concurrent-reads} queries run at once, and at most
 * {@code majlis.graphql.reads-while-writing} while a mutation runs; the others wait their turn, first come first served,
 * for at most the request timeout, then are answered with a TIMEOUT error. Mutations never wait here: a writer shares
 * the cores with a few readers, not with every client that is reading. The queries already running when a mutation
 * starts finish; the next ones start only when fewer than the smaller number run. The wait parks the request's
 * (virtual) thread before anything of the query runs.
 */
class ConcurrentReadLimit implements WebGraphQlInterceptor {

	private final ReadPermits permits;
	private final int heldForWrites;
	private final AtomicInteger writing = new AtomicInteger();
	private final ParsedDocuments documents;
	private final Duration timeout;

	ConcurrentReadLimit(int maxConcurrentReads, int readsWhileWriting, ParsedDocuments documents, Duration timeout) {
		this.permits = new ReadPermits(maxConcurrentReads);
		this.heldForWrites = Math.max(0, maxConcurrentReads - Math.max(1, readsWhileWriting));
		this.documents = documents;
		this.timeout = timeout;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!documents.isQuery(request)) {
			return Mono.defer(() -> {
				writeStarted();
				return chain.next(request).doFinally(signal -> writeEnded());
			});
		}
		return Mono.defer(() -> acquired()
				? Mono.using(() -> permits, permit -> chain.next(request), Semaphore::release)
				: Mono.just(RequestTimeoutInterceptor.timedOut(request, timeout)));
	}

	/** The first of the mutations running at once takes the reads' permits that writes hold, without waiting for them. */
	private void writeStarted() {
		if (writing.getAndIncrement() == 0) {
			permits.takeAway(heldForWrites);
		}
	}

	/** The last of them gives the permits back. */
	private void writeEnded() {
		if (writing.decrementAndGet() == 0) {
			permits.release(heldForWrites);
		}
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

	/** A fair semaphore from which permits can be taken away at once, even those in use (then fewer come back free). */
	private static final class ReadPermits extends Semaphore {

		ReadPermits(int permits) {
			super(permits, true);
		}

		void takeAway(int count) {
			reducePermits(count);
		}
	}
}
