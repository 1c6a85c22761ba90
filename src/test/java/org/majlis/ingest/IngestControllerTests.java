package org.majlis.ingest;

import java.util.List;
import java.util.Map;

import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.SelectedField;
import org.junit.jupiter.api.Test;
import org.majlis.GraphQlTesting;
import org.majlis.common.PartialDate;
import org.majlis.query.QueryEngine;
import org.majlis.web.GraphQlSlice;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The ingestion mutations' controller alone (no store, no web server), with the tests' own ingestArticle document: how
 * the article input and its partial date are bound, how the payload is assembled from the nodes the engine reads, and
 * how an article the service refuses reaches the client. Extraction and writing have their own tests.
 */
@GraphQlTest(controllers = IngestController.class, properties = GraphQlSlice.NO_STORE,
		excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = Instrumentation.class))
@Import(GraphQlSlice.class)
class IngestControllerTests {

	private static final String TEXT = "زار المقدم كمال نبيل الصفدي مركز تدريب خفر السواحل في مدينة طرطوس يوم 3 مارس 2025.";

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	IngestService ingest;

	@MockitoBean
	QueryEngine engine;

	private GraphQlTester.Response ingestArticle(Map<String, Object> input) {
		return graphQl.documentName("ingestArticle").variable("input", input).execute();
	}

	private static Map<String, Object> person(String id, String name) {
		return Map.of("id", id, "name", name, "ranks", List.of(), "positions", List.of());
	}

	@Test
	void shouldBindTheArticleWithItsPartialDateAndLeaveWhatWasNotGivenNull() {
		when(ingest.ingest(any())).thenReturn(new IngestResult("article:safadi", false, List.of(), List.of(), List.of(), 0, 0));
		when(engine.nodes(anyList(), anyList())).thenReturn(Map.of("article:safadi", Map.of("id", "article:safadi")));

		ingestArticle(Map.of("text", TEXT, "publishedAt", "2025-03")).path("ingestArticle.article.id").entity(String.class)
			.isEqualTo("article:safadi");

		ArgumentCaptor<IngestArticleInput> input = ArgumentCaptor.forClass(IngestArticleInput.class);
		verify(ingest).ingest(input.capture());
		assertThat(input.getValue()).isEqualTo(new IngestArticleInput(TEXT, null, null, PartialDate.parse("2025-03"), null, null));
	}

	@SuppressWarnings("unchecked")
	@Test
	void shouldReadEveryNodeTheArticleNamedInOneCallAndKeepTheServicesOrder() {
		when(ingest.ingest(any())).thenReturn(new IngestResult("article:tartus", true, List.of("person:kamal-al-safadi", "person:hala-al-safadi"),
				List.of("org:coast-guard"), List.of("event:tartus-visit"), 0, 4));
		when(engine.nodes(anyList(), anyList())).thenReturn(Map.of(
				"article:tartus", Map.of("id", "article:tartus", "url", "https://news.example/tartus"),
				"person:hala-al-safadi", person("person:hala-al-safadi", "هالة الصفدي"),
				"person:kamal-al-safadi", person("person:kamal-al-safadi", "كمال نبيل الصفدي"),
				"org:coast-guard", Map.of("id", "org:coast-guard", "name", "خفر السواحل")));

		GraphQlTester.Response response = ingestArticle(Map.of("text", TEXT));

		response.path("ingestArticle.duplicate").entity(Boolean.class).isEqualTo(true);
		response.path("ingestArticle.article.url").entity(String.class).isEqualTo("https://news.example/tartus");
		response.path("ingestArticle.people[*].id").entityList(String.class).containsExactly("person:kamal-al-safadi", "person:hala-al-safadi");
		response.path("ingestArticle.organizations[*].name").entityList(String.class).containsExactly("خفر السواحل");
		response.path("ingestArticle.events").entityList(Object.class).hasSize(0);
		ArgumentCaptor<List<SelectedField>> fields = ArgumentCaptor.forClass(List.class);
		verify(engine).nodes(eq(List.of("article:tartus", "person:kamal-al-safadi", "person:hala-al-safadi", "org:coast-guard",
				"event:tartus-visit")), fields.capture());
		assertThat(fields.getValue()).extracting(SelectedField::getName)
			.contains("publishedAt", "url", "ranks", "positions", "kind", "startDate", "location", "attendance", "topics")
			.doesNotContain("article", "people", "duplicate");
	}

	@Test
	void shouldAnswerAnArticleTheServiceRefusesAsABadRequestAndReadNothing() {
		when(ingest.ingest(any())).thenThrow(new InvalidArticleException("text holds no Arabic sentence"));

		GraphQlTester.Response response = ingestArticle(Map.of("text", "no Arabic here"));

		assertThat(GraphQlTesting.errors(response)).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).isEqualTo("text holds no Arabic sentence");
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		});
		verifyNoInteractions(engine);
	}

	@Test
	void shouldRefuseADateThatIsNotAPartialDateBeforeTheServiceIsAsked() {
		GraphQlTester.Response response = ingestArticle(Map.of("text", TEXT, "publishedAt", "آذار"));

		assertThat(GraphQlTesting.errors(response)).singleElement().satisfies(error -> assertThat(error.getMessage()).contains("not a partial ISO date").endsWith("آذار"));
		verifyNoInteractions(ingest, engine);
	}
}
