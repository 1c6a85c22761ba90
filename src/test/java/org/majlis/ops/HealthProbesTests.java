package org.majlis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.springframework.beans.factory.annotation.Autowired;

@MajlisTest
class HealthProbesTests {

	@Autowired
	GraphQlHttp http;

	@Test
	void readinessIsUpWithTheEmbeddedStoreAndChecksNeo4j() {
		GraphQlHttp.Response response = get("/actuator/health/readiness");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("status").asString()).isEqualTo("UP");
		assertThat(response.body().get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
		assertThat(response.body().get("components").get("readinessState").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void livenessIsUp() {
		GraphQlHttp.Response response = get("/actuator/health/liveness");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void overallHealthIsUp() {
		GraphQlHttp.Response response = get("/actuator/health");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("status").asString()).isEqualTo("UP");
	}

	private GraphQlHttp.Response get(String path) {
		return http.send(HttpRequest.newBuilder(http.uri(path)).GET().build());
	}
}
