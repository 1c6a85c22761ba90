package org.majlis.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.majlis.EmptyStoreTest;
import org.majlis.GraphQlTesting;
import org.majlis.ingest.page.TestPages;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ingestPage and extractPage through the public API: the invented article wrapped in three layouts reads as its plain
 * text does, the page's metadata fills the article, and a page without a body is refused.
 */
@EmptyStoreTest
class PageIngestionTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@ParameterizedTest
	@ValueSource(strings = { "agency.html", "newspaper.html", "government.html" })
	void shouldExtractFromEachLayoutWhatThePlainTextGives(String layout) {
		JsonNode page = graphQl.documentName("extractPageFacts").fragmentName("previewFacts")
			.variables(Map.of("html", TestPages.read(layout), "url", "https://outlet.example/news/7")).execute()
			.path("extractPage").entity(JsonNode.class).get();
		JsonNode text = graphQl.documentName("extractArticleFacts").fragmentName("previewFacts")
			.variable("text", TestPages.plainArticle()).execute()
			.path("extractArticle").entity(JsonNode.class).get();
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
		List<ResponseError> errors = GraphQlTesting.refused(ingestPage().variable("html", TestPages.read("no-body.html")).execute());
		assertThat(errors.getFirst().getExtensions()).containsEntry("classification", "BAD_REQUEST");
		assertThat(errors.getFirst().getMessage()).contains("no article body");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void shouldRefuseToIngestAPageWithoutAWriteToken() {
		List<ResponseError> errors = GraphQlTesting.errors(graphQl.documentName("ingestPage").variable("html", TestPages.read("government.html"))
			.execute());
		assertThat(errors).isNotEmpty();
		assertThat(errors.getFirst().getExtensions()).containsEntry("classification", "UNAUTHORIZED");
	}

	/** The test document ingestPage, sent with the write token. */
	private GraphQlTester.Request<?> ingestPage() {
		return GraphQlTesting.writer(graphQl).documentName("ingestPage");
	}

	private JsonNode ingestPage(String layout, String url) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("html", TestPages.read(layout));
		variables.put("url", url);
		return ingestPage().variables(variables).execute().path("ingestPage").entity(JsonNode.class).get();
	}

	private long count() {
		return driver.executableQuery("MATCH (n) RETURN count(n)").execute().records().getFirst().get(0).asLong();
	}
}
