package org.majlis.web;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** Through HTTP: a request running longer than majlis.graphql.timeout (here 1 ms) gets a TIMEOUT error, not a hang. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"majlis.neo4j.embedded.data-dir=target/test-stores/${random.uuid}",
		"majlis.neo4j.embedded.bolt-port=0",
		"majlis.demo.enabled=false",
		"majlis.graphql.timeout=1ms" })
@Import(GraphQlHttp.class)
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
