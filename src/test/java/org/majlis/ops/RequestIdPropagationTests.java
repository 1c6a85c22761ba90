package org.majlis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.majlis.MajlisTest;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;

@MajlisTest
class RequestIdPropagationTests {

	@Autowired
	@Qualifier("applicationTaskExecutor")
	AsyncTaskExecutor applicationTaskExecutor;

	@AfterEach
	void clearMdc() {
		MDC.clear();
	}

	@Test
	void theExecutorOfTheDataFetchersRunsTasksWithTheSubmittingRequestsId() throws Exception {
		MDC.put(RequestIdFilter.MDC_KEY, "propagated-1");

		String seen = applicationTaskExecutor.submit(() -> MDC.get(RequestIdFilter.MDC_KEY)).get(10, TimeUnit.SECONDS);

		assertThat(seen).isEqualTo("propagated-1");
	}
}
