package org.majlis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.slf4j.MDC;

class MdcTaskDecoratorTests {

	private final MdcTaskDecorator decorator = new MdcTaskDecorator();

	@AfterEach
	void clearMdc() {
		MDC.clear();
	}

	@Test
	void runsTheTaskWithTheRequestIdOfTheThreadThatSubmittedIt() throws Exception {
		MDC.put("requestId", "req-7");
		AtomicReference<String> seen = new AtomicReference<>();
		Runnable task = decorator.decorate(() -> seen.set(MDC.get("requestId")));
		MDC.clear();

		Thread worker = Thread.ofVirtual().start(task);
		worker.join();

		assertThat(seen).hasValue("req-7");
	}

	@Test
	void restoresTheWorkerThreadsOwnMdcAfterTheTask() {
		Runnable task = decorator.decorate(() -> assertThat(MDC.get("requestId")).isNull());
		MDC.put("requestId", "worker-own");

		task.run();

		assertThat(MDC.get("requestId")).isEqualTo("worker-own");
	}
}
