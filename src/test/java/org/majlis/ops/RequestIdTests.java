package org.majlis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.springframework.beans.factory.annotation.Autowired;

@MajlisTest
class RequestIdTests {

	@Autowired
	GraphQlHttp http;

	@Test
	void echoesTheGivenRequestId() throws Exception {
		assertThat(requestId("load-test-42")).isEqualTo("load-test-42");
	}

	@Test
	void generatesAUuidWhenNoneIsGiven() throws Exception {
		String id = requestId(null);

		assertThat(UUID.fromString(id)).hasToString(id);
	}

	@Test
	void replacesAnIdThatCouldForgeLogLines() throws Exception {
		String id = requestId("abc def<script>");

		assertThat(UUID.fromString(id)).hasToString(id);
	}

	private String requestId(String given) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"));
		if (given != null) {
			request.header("X-Request-Id", given);
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.headers().firstValue("X-Request-Id").orElseThrow();
		}
	}
}
