package org.majlis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.springframework.beans.factory.annotation.Autowired;

@MajlisTest
class PrometheusScrapeTests {

	@Autowired
	GraphQlHttp http;

	@Test
	void scrapeHasGraphQlRequestAndDataFetcherTimingsAfterARequest() throws Exception {
		http.data("{ organizations(first: 2) { edges { node { name } } } }");

		String scrape = PrometheusScrape.of(http).text();

		assertThat(scrape).contains("graphql_request_seconds_count{").contains("graphql_datafetcher_seconds_count{");
		assertThat(scrape).as("security filters are not observed one by one").doesNotContain("spring_security_");
	}

	@Test
	void cypherCounterGrowsWithGraphQlRequests() throws Exception {
		double before = PrometheusScrape.of(http).cypherQueries();
		http.data("{ people(first: 3) { edges { node { name } } } }");

		assertThat(PrometheusScrape.of(http).cypherQueries()).isGreaterThan(before);
	}
}
