package org.majlis.web;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Runs a read request again when the store answered it with a transient error (a lock conflict, a leader
 * switch in a cluster), up to {@link #ATTEMPTS} times with a growing pause. Only queries: a mutation is never
 * repeated here (ingestion retries a whole article itself, in one transaction). An unreachable store is not
 * retried, so that requests keep failing fast while it is away.
 */
class TransientReadRetryInterceptor implements WebGraphQlInterceptor {

	static final int ATTEMPTS = 3;

	private final Duration firstPause;
	private final ParsedDocuments documents;

	TransientReadRetryInterceptor(Duration firstPause, ParsedDocuments documents) {
		this.firstPause = firstPause;
		this.documents = documents;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!documents.isQuery(request)) {
			return chain.next(request);
		}
		return attempt(request, chain, 1);
	}

	private Mono<WebGraphQlResponse> attempt(WebGraphQlRequest request, Chain chain, int attempt) {
		return chain.next(request).flatMap(response -> attempt < ATTEMPTS && isTransient(response)
				? Mono.delay(firstPause.multipliedBy(attempt)).then(attempt(request, chain, attempt + 1))
				: Mono.just(response));
	}

	private static boolean isTransient(WebGraphQlResponse response) {
		return response.getErrors().stream().anyMatch(error -> StoreUnavailableResolver.TRANSIENT.equals(error.getErrorType()));
	}
}
