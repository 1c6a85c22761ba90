package org.majlis.web;

import java.time.Duration;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Answers a GraphQL request that runs longer than {@code majlis.graphql.timeout} with an error classified
 * TIMEOUT instead of keeping the client waiting.
 */
class RequestTimeoutInterceptor implements WebGraphQlInterceptor {

	static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

	private final Duration timeout;

	RequestTimeoutInterceptor(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).timeout(timeout, Mono.fromSupplier(() -> timedOut(request, timeout)));
	}

	/** The answer to a request abandoned after {@code timeout}. */
	static WebGraphQlResponse timedOut(WebGraphQlRequest request, Duration timeout) {
		var error = GraphqlErrorBuilder.newError()
			.errorType(TIMEOUT)
			.message("The request took longer than " + timeout.toMillis() + " ms and was abandoned; ask for fewer or smaller results")
			.build();
		var result = ExecutionResult.newExecutionResult().addError(error).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}
}
