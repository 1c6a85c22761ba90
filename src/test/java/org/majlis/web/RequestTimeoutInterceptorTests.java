package org.majlis.web;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A request that runs too long is answered with a TIMEOUT error; a quick one passes through unchanged. */
class RequestTimeoutInterceptorTests {

	private final RequestTimeoutInterceptor interceptor = new RequestTimeoutInterceptor(Duration.ofMillis(100));

	private static WebGraphQlRequest request() {
		Map<String, Object> body = Map.of("query", "{ events { edges { cursor } } }");
		return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(), new LinkedMultiValueMap<>(), null,
				Map.of(), body, "1", Locale.ROOT);
	}

	@Test
	void shouldAnswerARequestThatNeverEndsWithATimeoutError() {
		WebGraphQlResponse response = interceptor.intercept(request(), request -> Mono.never()).block(Duration.ofSeconds(5));
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(RequestTimeoutInterceptor.TIMEOUT);
			assertThat(error.getMessage()).contains("longer than 100 ms");
		});
		assertThat(response.toMap()).containsKey("errors");
	}

	@Test
	void shouldPassAQuickResponseThrough() {
		WebGraphQlResponse quick = interceptor.intercept(request(), request -> Mono.never()).block(Duration.ofSeconds(5));
		assertThat(interceptor.intercept(request(), request -> Mono.just(quick)).block(Duration.ofSeconds(5))).isSameAs(quick);
	}
}
