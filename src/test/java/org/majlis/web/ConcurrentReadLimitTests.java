package org.majlis.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.graphql.server.WebGraphQlInterceptor.Chain;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** No more queries run at once than allowed, fewer while a mutation runs; the others wait their turn; mutations never wait. */
class ConcurrentReadLimitTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final ConcurrentReadLimit limit = new ConcurrentReadLimit(1, 1, new ParsedDocuments(), Duration.ofSeconds(10));
	private final AtomicInteger started = new AtomicInteger();
	private final Sinks.One<WebGraphQlResponse> firstAnswer = Sinks.one();

	/** The first request to reach it waits for {@link #firstAnswer}; later ones are answered at once. */
	private final Chain engine = request -> started.incrementAndGet() == 1 ? firstAnswer.asMono() : Mono.just(answer(request));

	@Test
	void shouldStartAQueryOnlyWhenTheOneRunningEnds() throws Exception {
		CompletableFuture<WebGraphQlResponse> first = limit.intercept(request("{ topics { key } }"), engine).toFuture();
		CompletableFuture<WebGraphQlResponse> second = Mono.fromFuture(CompletableFuture.supplyAsync(
				() -> limit.intercept(request("{ people { totalCount } }"), engine).block(WAIT), Thread::startVirtualThread)).toFuture();
		Thread.sleep(150);
		assertThat(started).as("the second query waits").hasValue(1);

		firstAnswer.tryEmitValue(answer(request("{ topics { key } }")));

		assertThat(second.get().getErrors()).isEmpty();
		assertThat(first).isCompleted();
		assertThat(started).hasValue(2);
	}

	@Test
	void shouldNeverHoldBackAMutation() {
		limit.intercept(request("{ topics { key } }"), engine).toFuture();

		WebGraphQlResponse written = limit.intercept(request("mutation { ingestArticle(input: {text: \"نص\"}) { duplicate } }"), engine)
			.block(WAIT);

		assertThat(written.getErrors()).isEmpty();
		assertThat(started).hasValue(2);
	}

	@Test
	void shouldStartFewerQueriesWhileAMutationRuns() throws Exception {
		ConcurrentReadLimit writesFirst = new ConcurrentReadLimit(2, 1, new ParsedDocuments(), Duration.ofSeconds(10));
		String mutation = "mutation { ingestArticle(input: {text: \"نص\"}) { duplicate } }";
		Sinks.One<WebGraphQlResponse> written = Sinks.one();
		AtomicInteger reads = new AtomicInteger();
		Chain chain = request -> request.getDocument().startsWith("mutation") ? written.asMono()
				: reads.incrementAndGet() == 1 ? Mono.never() : Mono.just(answer(request));
		writesFirst.intercept(request(mutation), chain).toFuture();
		writesFirst.intercept(request("{ topics { key } }"), chain).toFuture();
		CompletableFuture<WebGraphQlResponse> second = Mono.fromFuture(CompletableFuture.supplyAsync(
				() -> writesFirst.intercept(request("{ people { totalCount } }"), chain).block(WAIT), Thread::startVirtualThread)).toFuture();
		Thread.sleep(150);
		assertThat(reads).as("one query at a time while the mutation runs, though two may run").hasValue(1);

		written.tryEmitValue(answer(request(mutation)));

		assertThat(second.get().getErrors()).isEmpty();
		assertThat(reads).hasValue(2);
	}

	@Test
	void shouldAnswerAQueryThatWaitedLongerThanTheTimeoutWithATimeoutError() {
		ConcurrentReadLimit impatient = new ConcurrentReadLimit(1, 1, new ParsedDocuments(), Duration.ofMillis(200));
		impatient.intercept(request("{ topics { key } }"), engine).toFuture();

		WebGraphQlResponse late = impatient.intercept(request("{ people { totalCount } }"), engine).block(WAIT);

		assertThat(late.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(RequestTimeoutInterceptor.TIMEOUT));
		assertThat(started).as("never started").hasValue(1);
	}

	@Test
	void shouldGiveTheTurnOnWhenAQueryFails() {
		Chain failing = request -> Mono.error(new IllegalStateException("the store is away"));
		limit.intercept(request("{ topics { key } }"), failing).onErrorResume(ex -> Mono.empty()).block(WAIT);

		WebGraphQlResponse next = limit.intercept(request("{ people { totalCount } }"), request -> Mono.just(answer(request))).block(WAIT);

		assertThat(next.getErrors()).isEmpty();
	}

	private static WebGraphQlRequest request(String document) {
		return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(), new LinkedMultiValueMap<>(), null,
				Map.of(), Map.of("query", document), "1", Locale.ROOT);
	}

	private static WebGraphQlResponse answer(WebGraphQlRequest request) {
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				ExecutionResult.newExecutionResult().data(Map.of("topics", List.of())).build()));
	}
}
