package org.majlis.web;

import org.junit.jupiter.api.Test;
import org.majlis.EmptyStoreTest;
import org.majlis.GraphQlHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through HTTP: a request running longer than majlis.graphql.timeout (here 1 ms) gets a TIMEOUT error, not a hang. A
 * context of its own, since no other test can work under that timeout; closed after the class.
 */
@EmptyStoreTest
@TestPropertySource(properties = "majlis.graphql.timeout=1ms")
@DirtiesContext
class RequestTimeoutTests {

	@Autowired
	GraphQlHttp graphql;

	@Test
	void shouldAnswerARequestOverTheTimeoutWithATimeoutError() {
		GraphQlHttp.Response response = graphql.query("{ events(first: 100) { edges { node { attendees { positions { title } } } } } }");
		assertThat(response.status()).isLessThan(500);
		assertThat(response.errors().get(0).at("/extensions/classification").asString()).isEqualTo("TIMEOUT");
		assertThat(response.errors().get(0).get("message").asString()).contains("longer than 1 ms");
	}
}
