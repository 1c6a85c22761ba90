package org.majlis.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Background work waits for users' requests: while one runs, and for the quiet period after the last. */
class UserRequestsTests {

	private final UserRequests requests = new UserRequests();

	@Test
	void aServiceNobodyAskedAnythingIsIdleAtOnce() throws InterruptedException {
		long started = System.nanoTime();

		assertThat(requests.awaitIdle(Duration.ofMillis(500), () -> false)).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(400));
	}

	@Test
	void whileARequestRunsNothingWaitsItOutAndAfterItTheQuietPeriodIsKept() throws Exception {
		requests.started();
		CompletableFuture<Boolean> idle = CompletableFuture.supplyAsync(() -> {
			try {
				return requests.awaitIdle(Duration.ofMillis(300), () -> false);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});

		Thread.sleep(600);
		assertThat(idle).as("a request is running").isNotDone();
		long ended = System.nanoTime();
		requests.ended();

		assertThat(idle.get(5, TimeUnit.SECONDS)).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - ended)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void theWaitEndsWhenTheServiceStops() throws InterruptedException {
		requests.started();

		assertThat(requests.awaitIdle(Duration.ofMillis(100), () -> true)).isFalse();
	}
}
