package org.majlis.ops;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.majlis.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** One read of {@code /actuator/prometheus}, as Prometheus scrapes it. */
record PrometheusScrape(String text) {

	static PrometheusScrape of(GraphQlHttp http) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(http.uri("/actuator/prometheus")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return new PrometheusScrape(response.body());
		}
	}

	/** The value of {@code majlis_cypher_queries_total}. */
	double cypherQueries() {
		return sum("majlis_cypher_queries_total");
	}

	/** The sum of a meter's series, whatever their tags; the meter must be in the scrape. */
	double sum(String meter) {
		Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(meter) + "(\\{[^}]*})? (\\S+)$").matcher(text);
		double sum = 0;
		boolean found = false;
		while (matcher.find()) {
			sum += Double.parseDouble(matcher.group(2));
			found = true;
		}
		assertThat(found).as(meter + " in the scrape").isTrue();
		return sum;
	}
}
