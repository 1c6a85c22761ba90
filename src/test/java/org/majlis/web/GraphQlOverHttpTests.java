package org.majlis.web;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint follows the GraphQL over HTTP specification; GraphiQL works from the jar alone. */
@MajlisTest
class GraphQlOverHttpTests {

	@Autowired
	GraphQlHttp graphql;

	@Autowired
	ParsedDocuments documents;

	private GraphQlHttp.Response get(String path) {
		return graphql.send(HttpRequest.newBuilder(graphql.uri(path)).header("Accept", "application/graphql-response+json").GET().build());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void shouldParseAnAnsweredDocumentOnceAndOneWithErrorsEachTime() {
		String answered = "{ topic(key: \"cybercrime\") { nameEn } } # asked twice";
		String invalid = "{ topic(key: \"cybercrime\") { noSuchField } } # asked twice";
		for (int i = 0; i < 2; i++) {
			assertThat(graphql.data(answered).at("/topic/nameEn").asString()).isEqualTo("Cybercrime");
			assertThat(graphql.query(invalid).errors().toString()).contains("noSuchField");
		}

		assertThat(documents.parsed(answered)).as("kept").isSameAs(documents.parsed(answered));
		assertThat(documents.parsed(invalid)).as("parsed anew").isNotSameAs(documents.parsed(invalid));
	}

	@Test
	void shouldAnswerQueriesSentByGet() {
		GraphQlHttp.Response response = get("/graphql?query=" + encode("query($k: ID!) { topic(key: $k) { nameEn } }")
				+ "&variables=" + encode("{\"k\":\"cybercrime\"}"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/graphql-response+json");
		assertThat(response.data().at("/topic/nameEn").asString()).isEqualTo("Cybercrime");
	}

	@Test
	void shouldRefuseMutationsSentByGet() {
		GraphQlHttp.Response response = get("/graphql?query=" + encode("mutation { ingestArticle(input: {text: \"x\"}) { duplicate } }"));
		assertThat(response.status()).isEqualTo(405);
	}

	@Test
	void shouldAnswer400ToADocumentThatDoesNotParse() {
		GraphQlHttp.Response response = graphql.query("{ events(first: ) {");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errors().get(0).get("message").asString()).isNotBlank();
	}

	@Test
	void shouldAnswer400ToABodyThatIsNotJson() {
		assertThat(graphql.postRaw("not json", null).status()).isEqualTo(400);
	}

	@Test
	void shouldServeGraphiqlAndItsScriptsFromTheJar() {
		var page = graphql.send(HttpRequest.newBuilder(graphql.uri("/graphiql?path=/graphql")).GET().build());
		assertThat(page.status()).isEqualTo(200);
		for (String asset : new String[] { "/webjars/graphiql/2.4.7/graphiql.min.js", "/webjars/graphiql/2.4.7/graphiql.min.css",
				"/webjars/react/18.3.1/umd/react.production.min.js", "/webjars/react-dom/18.3.1/umd/react-dom.production.min.js" }) {
			var response = graphql.send(HttpRequest.newBuilder(graphql.uri(asset)).GET().build());
			assertThat(response.status()).as(asset).isEqualTo(200);
		}
	}
}
