package org.majlis.web;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Queries that meet a transient store error run again; mutations and other errors do not. */
class TransientReadRetryInterceptorTests {

	private final TransientReadRetryInterceptor interceptor = new TransientReadRetryInterceptor(Duration.ofMillis(1), new ParsedDocuments());

	private static WebGraphQlRequest request(String document) {
		return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(), new LinkedMultiValueMap<>(), null,
				Map.of(), Map.of("query", document), "1", Locale.ROOT);
	}

	private static WebGraphQlResponse response(WebGraphQlRequest request, boolean transientError) {
		ExecutionResult.Builder<?> result = ExecutionResult.newExecutionResult().data(Map.of("topics", java.util.List.of()));
		if (transientError) {
			result.addError(GraphqlErrorBuilder.newError().errorType(StoreUnavailableResolver.TRANSIENT)
				.message(StoreUnavailableResolver.TRANSIENT_MESSAGE).build());
		}
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result.build()));
	}

	@Test
	void shouldRunAQueryAgainAfterATransientErrorUntilItSucceeds() {
		WebGraphQlRequest request = request("{ topics { key } }");
		AtomicInteger calls = new AtomicInteger();
		WebGraphQlResponse answer = interceptor
			.intercept(request, r -> Mono.fromSupplier(() -> response(r, calls.incrementAndGet() < 3)))
			.block(Duration.ofSeconds(5));
		assertThat(calls).hasValue(3);
		assertThat(answer.getErrors()).isEmpty();
	}

	@Test
	void shouldGiveUpAfterThreeAttempts() {
		WebGraphQlRequest request = request("query Topics { topics { key } }");
		AtomicInteger calls = new AtomicInteger();
		WebGraphQlResponse answer = interceptor
			.intercept(request, r -> Mono.fromSupplier(() -> response(r, calls.incrementAndGet() > 0)))
			.block(Duration.ofSeconds(5));
		assertThat(calls).hasValue(TransientReadRetryInterceptor.ATTEMPTS);
		assertThat(answer.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(StoreUnavailableResolver.TRANSIENT));
	}

	@Test
	void shouldNeverRepeatAMutation() {
		WebGraphQlRequest request = request("mutation { ingestArticle(input: {text: \"نص\"}) { duplicate } }");
		AtomicInteger calls = new AtomicInteger();
		interceptor.intercept(request, r -> Mono.fromSupplier(() -> response(r, calls.incrementAndGet() > 0))).block(Duration.ofSeconds(5));
		assertThat(calls).hasValue(1);
	}
}
