package org.majlis.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisApplication;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an external Neo4j that goes away and comes back: readiness goes DOWN, GraphQL requests fail fast with a
 * clear {@code UNAVAILABLE} error, and once Neo4j is back the service recovers without a restart.
 */
class Neo4jOutageTests {

	private static final String QUERY = "{ people(first: 3) { edges { node { name } } } }";

	@Test
	void shouldReportNotReadyAndFailFastWhileNeo4jIsAwayAndRecoverByItselfWhenItIsBack() throws Exception {
		Path storeDir = Files.createTempDirectory(Path.of("target"), "outage-");
		int port = freePort();
		DatabaseManagementService server = ExternalNeo4j.start(storeDir, port);
		try (var context = new SpringApplicationBuilder(MajlisApplication.class).run("--server.port=0",
				"--spring.neo4j.uri=bolt://127.0.0.1:" + port, "--majlis.demo.enabled=false")) {
			GraphQlHttp http = new GraphQlHttp(context.getEnvironment());
			assertThat(readiness(http).status()).isEqualTo(200);
			assertThat(http.data(QUERY).at("/people/edges").isArray()).isTrue();

			server.shutdown();
			server = null;

			GraphQlHttp.Response down = poll(() -> readiness(http), r -> r.status() == 503, Duration.ofSeconds(15));
			assertThat(down.status()).isEqualTo(503);
			assertThat(down.body().at("/status").asString()).isEqualTo("DOWN");

			long started = System.nanoTime();
			GraphQlHttp.Response failed = http.query(QUERY);
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(took).isLessThan(Duration.ofSeconds(10));
			assertThat(failed.errors()).hasSize(1);
			assertThat(failed.errors().get(0).at("/message").asString())
				.isEqualTo("The graph store is unavailable; try again shortly");
			assertThat(failed.errors().get(0).at("/extensions/classification").asString()).isEqualTo("UNAVAILABLE");
			assertThat(failed.body().toString()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("neo4j.driver");

			server = ExternalNeo4j.start(storeDir, port);

			GraphQlHttp.Response up = poll(() -> readiness(http), r -> r.status() == 200, Duration.ofSeconds(30));
			assertThat(up.status()).isEqualTo(200);
			assertThat(up.body().at("/status").asString()).isEqualTo("UP");
			GraphQlHttp.Response recovered = poll(() -> http.query(QUERY), r -> r.errors() == null, Duration.ofSeconds(30));
			assertThat(recovered.errors()).isNull();
			assertThat(recovered.data().at("/people/edges").isArray()).isTrue();
		}
		finally {
			if (server != null) {
				server.shutdown();
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static GraphQlHttp.Response readiness(GraphQlHttp http) {
		return http.send(HttpRequest.newBuilder(http.uri("/actuator/health/readiness")).GET().build());
	}

	private static GraphQlHttp.Response poll(java.util.function.Supplier<GraphQlHttp.Response> request,
			Predicate<GraphQlHttp.Response> done, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		GraphQlHttp.Response response = request.get();
		while (!done.test(response) && System.nanoTime() < deadline) {
			Thread.sleep(500);
			response = request.get();
		}
		return response;
	}
}
