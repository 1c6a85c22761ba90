package org.majlis.ingest;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.majlis.EmptyStoreTest;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.majlis.ingest.page.TestPages;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ingestPage and extractPage through the public API: the invented article wrapped in three layouts reads as its plain
 * text does, the page's metadata fills the article, and a page without a body is refused.
 */
@EmptyStoreTest
class PageIngestionTests {

	private static final String FACTS = """
			publishedAt
			people { name ranks }
			organizations { name }
			events { name kind start place { name } }
			attendances { event { name } person { name } role }
			""";

	private static final String EXTRACT_PAGE = "query($html: String!, $url: String) { extractPage(html: $html, url: $url) { " + FACTS + " } }";

	private static final String EXTRACT_TEXT = "query($text: String!) { extractArticle(text: $text, publishedAt: \"2025-10-15\") { " + FACTS + " } }";

	private static final String INGEST_PAGE = """
			mutation($html: String!, $url: String) { ingestPage(html: $html, url: $url) {
			  duplicate article { id url title publishedAt language sourceName }
			  people { name } events { kind startDate }
			} }
			""";

	@Autowired
	GraphQlHttp graphql;

	@Autowired
	Driver driver;

	@ParameterizedTest
	@ValueSource(strings = { "agency.html", "newspaper.html", "government.html" })
	void shouldExtractFromEachLayoutWhatThePlainTextGives(String layout) {
		JsonNode page = data(graphql.query(EXTRACT_PAGE, Map.of("html", TestPages.read(layout), "url", "https://outlet.example/news/7")))
			.get("extractPage");
		JsonNode text = data(graphql.query(EXTRACT_TEXT, Map.of("text", TestPages.plainArticle()))).get("extractArticle");
		assertThat(page).isEqualTo(text);
		assertThat(page.get("attendances").size()).isPositive();
	}

	@Test
	void shouldIngestAPageWithItsOwnMetadataAndTheSameArticleFromAnotherLayoutAsADuplicate() {
		JsonNode agency = ingestPage("agency.html", "https://agency.example/ar/latest");
		assertThat(agency.get("duplicate").asBoolean()).isFalse();
		assertThat(agency.get("article").get("url").asString()).isEqualTo("https://agency.example/ar/news/2025/10/15/zaabi-interpol");
		assertThat(agency.get("article").get("title").asString()).isEqualTo("الغفلي يبحث مع وفد الإنتربول مكافحة الجريمة السيبرانية");
		assertThat(agency.get("article").get("publishedAt").asString()).isEqualTo("2025-10-15");
		assertThat(agency.get("article").get("sourceName").asString()).isEqualTo("وكالة أنباء المجلس");
		assertThat(agency.get("article").get("language").asString()).isEqualTo("ar");
		assertThat(agency.get("events").findValuesAsString("startDate")).as("«أمس الثلاثاء» the day before the page's date").contains("2025-10-14");

		JsonNode newspaper = ingestPage("newspaper.html", null);
		assertThat(newspaper.get("duplicate").asBoolean()).isTrue();
		assertThat(newspaper.get("article").get("id")).isEqualTo(agency.get("article").get("id"));
	}

	@Test
	void shouldRefuseAPageWithoutAnArticleBodyAndWriteNothing() {
		long before = count();
		GraphQlHttp.Response response = graphql.post(INGEST_PAGE, Map.of("html", TestPages.read("no-body.html")), MajlisTest.WRITE_TOKEN);
		JsonNode error = response.errors().get(0);
		assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.get("message").asString()).contains("no article body");
		assertThat(response.body().toString()).doesNotContain("Exception", "at org.");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void shouldRefuseToIngestAPageWithoutAWriteToken() {
		GraphQlHttp.Response response = graphql.post(INGEST_PAGE, Map.of("html", TestPages.read("government.html")), null);
		assertThat(response.errors().get(0).at("/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
	}

	private JsonNode ingestPage(String layout, String url) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("html", TestPages.read(layout));
		variables.put("url", url);
		return data(graphql.post(INGEST_PAGE, variables, MajlisTest.WRITE_TOKEN)).get("ingestPage");
	}

	private static JsonNode data(GraphQlHttp.Response response) {
		assertThat(response.errors()).as(response.body().toString()).isNull();
		return response.data();
	}

	private long count() {
		return driver.executableQuery("MATCH (n) RETURN count(n)").execute().records().getFirst().get(0).asLong();
	}
}
