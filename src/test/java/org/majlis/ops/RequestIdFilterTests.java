package org.majlis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTests {

	private final RequestIdFilter filter = new RequestIdFilter();

	@Test
	void putsTheRequestIdInTheMdcWhileTheRequestRunsAndRemovesItAfter() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/graphql");
		request.addHeader("X-Request-Id", "abc-123");
		AtomicReference<String> seen = new AtomicReference<>();

		filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(MDC.get("requestId")));

		assertThat(seen).hasValue("abc-123");
		assertThat(MDC.get("requestId")).isNull();
	}

	@Test
	void refusesOverlongIds() {
		String overlong = "a".repeat(129);

		assertThat(RequestIdFilter.requestId(overlong)).isNotEqualTo(overlong).hasSize(36);
	}
}
