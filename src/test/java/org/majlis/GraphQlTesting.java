package org.majlis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.http.server.LocalTestWebServer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DocumentSource;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL client of whole-application tests ({@link MajlisTest}, {@link EmptyStoreTest}): Spring's
 * {@link HttpGraphQlTester} posting to the running service's {@code /graphql}, with the documents of
 * {@code src/test/resources/graphql-test/} and {@code graphql/examples/} by name ({@code documentName("ingestArticle")},
 * {@code documentName("met-al-raisi")}). Every response must be a 200 in GraphQL's JSON; tests of the HTTP exchange
 * itself (status codes, bodies that are not GraphQL) use {@link GraphQlHttp}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GraphQlTesting {

	/** The tests' own documents first, then the examples the README points users to. */
	static final DocumentSource DOCUMENTS = new ResourceDocumentSource(
			List.of(new ClassPathResource("graphql-test/"), new ClassPathResource("graphql/examples/")), ResourceDocumentSource.FILE_EXTENSIONS);

	/** Long enough for the first request of a context on a busy machine (the testers' default is 5 s). */
	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/**
	 * Built on Spring Boot's WebTestClient of the running server ({@code @AutoConfigureWebTestClient}), with one HTTP
	 * client of its own: a WebTestClient built without a connector makes a new one, and so a new JDK HttpClient with its
	 * selector thread, each time it is built again ({@link #writer} does, per request of some tests).
	 */
	@Bean
	HttpGraphQlTester httpGraphQlTester(WebTestClient client, ApplicationContext context) {
		WebTestClient.Builder graphQl = client.mutate()
			.clientConnector(new JdkClientHttpConnector())
			.uriBuilderFactory(LocalTestWebServer.obtain(context).withPath("/graphql").uriBuilderFactory())
			.responseTimeout(TIMEOUT);
		return HttpGraphQlTester.builder(graphQl).documentSource(DOCUMENTS).responseTimeout(TIMEOUT).build();
	}

	/** The same tester sending the tests' write token, for mutations. */
	public static HttpGraphQlTester writer(HttpGraphQlTester tester) {
		return tester.mutate().headers(headers -> headers.setBearerAuth(MajlisTest.WRITE_TOKEN)).build();
	}

	/** The whole {@code data} of a response that must have no errors, for tests that walk it. */
	public static JsonNode data(GraphQlTester.Response response) {
		return response.path("").entity(JsonNode.class).get();
	}

	/** The errors of a refused request: at least one, in an answer that shows no exception and no stack frame. */
	public static List<ResponseError> refused(GraphQlTester.Response response) {
		List<ResponseError> errors = errors(response);
		String answer = response.returnResponse().toMap().toString();
		assertThat(errors).as(answer).isNotEmpty();
		assertThat(answer).doesNotContain("Exception").doesNotContain("at org.");
		return errors;
	}

	/** The errors of a response, taken as expected (a response's paths may still be read after). */
	public static List<ResponseError> errors(GraphQlTester.Response response) {
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		return errors;
	}
}
