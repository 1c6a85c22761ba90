package org.majlis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.springframework.beans.factory.annotation.Autowired;

@MajlisTest
class PrometheusScrapeTests {

	private static final Pattern CYPHER_COUNT = Pattern.compile("(?m)^majlis_cypher_queries_total(\\{[^}]*})? (\\S+)$");

	@Autowired
	GraphQlHttp http;

	@Test
	void scrapeHasGraphQlRequestAndDataFetcherTimingsAfterARequest() throws Exception {
		http.data("{ organizations(first: 2) { edges { node { name } } } }");

		String scrape = scrape();

		assertThat(scrape).contains("graphql_request_seconds_count{").contains("graphql_datafetcher_seconds_count{");
	}

	@Test
	void cypherCounterGrowsWithGraphQlRequests() throws Exception {
		double before = cypherQueries(scrape());
		http.data("{ people(first: 3) { edges { node { name } } } }");

		assertThat(cypherQueries(scrape())).isGreaterThan(before);
	}

	private static double cypherQueries(String scrape) {
		Matcher matcher = CYPHER_COUNT.matcher(scrape);
		assertThat(matcher.find()).as("majlis_cypher_queries in the scrape").isTrue();
		return Double.parseDouble(matcher.group(2));
	}

	private String scrape() throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(http.uri("/actuator/prometheus")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
	}
}
