package org.majlis.curation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import graphql.execution.instrumentation.Instrumentation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.GraphQlTesting;
import org.majlis.query.QueryEngine;
import org.majlis.web.GraphQlSlice;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The curation mutations' controller alone (no store, no web server): how it binds the arguments and the analyst's
 * name for the service, and how the service's refusals and a store that is away reach the client. The documents are
 * the whole-application tests' own (src/test/resources/graphql-test). Who may curate is the security configuration's
 * concern, tested over HTTP ({@link CurationAuditTests}); the instrumentations of queries stay out of the slice.
 */
@GraphQlTest(controllers = CurationController.class, properties = GraphQlSlice.NO_STORE,
		excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = Instrumentation.class))
@Import(GraphQlSlice.class)
class CurationControllerTests {

	private static final OffsetDateTime AT = OffsetDateTime.parse("2025-05-06T10:15:30Z");

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	CurationService curations;

	@MockitoBean
	QueryEngine engine;

	@BeforeEach
	void signInAsAnAnalyst() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("analyst-nadia", null, "ROLE_WRITER"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void shouldKeepTwoPeopleApartInTheAnalystsNameAndAnswerTheCuration() {
		when(curations.keepApart("person:nadia-al-hariri", "person:nadia-al-jariri", "two clerks", "analyst-nadia"))
			.thenReturn(new Curation("curation:k1", Curation.KEEP_APART, List.of("person:nadia-al-hariri", "person:nadia-al-jariri"),
					"two clerks", "analyst-nadia", AT, null));

		GraphQlTester.Response response = graphQl.documentName("keepApart")
			.variable("a", "person:nadia-al-hariri")
			.variable("b", "person:nadia-al-jariri")
			.variable("note", "two clerks")
			.execute();

		response.path("keepApart.id").entity(String.class).isEqualTo("curation:k1");
		response.path("keepApart.action").entity(String.class).isEqualTo("keep-apart");
		response.path("keepApart.subjects").entityList(String.class).containsExactly("person:nadia-al-hariri", "person:nadia-al-jariri");
		response.path("keepApart.by").entity(String.class).isEqualTo("analyst-nadia");
		response.path("keepApart.at").entity(String.class).isEqualTo("2025-05-06T10:15:30Z");
		verifyNoInteractions(engine);
	}

	@Test
	void shouldBindTheFactToRetractWithItsTypeAndWithoutATitleNotGiven() {
		RetractFactInput expected = new RetractFactInput(FactType.HOLDS_POSITION, "person:fares-al-tamimi", "org:harbour-police", null,
				"another officer of the name");
		when(curations.retractFact(expected, "analyst-nadia"))
			.thenReturn(new Curation("curation:r1", Curation.RETRACT, List.of("person:fares-al-tamimi", "org:harbour-police"),
					"another officer of the name", "analyst-nadia", AT, "HOLDS_POSITION"));

		graphQl.documentName("retractFact")
			.variable("input", Map.of("type", "HOLDS_POSITION", "from", "person:fares-al-tamimi", "to", "org:harbour-police",
					"note", "another officer of the name"))
			.execute()
			.path("retractFact.detail").entity(String.class).isEqualTo("HOLDS_POSITION")
			.path("retractFact.note").entity(String.class).isEqualTo("another officer of the name");
		verify(curations).retractFact(expected, "analyst-nadia");
	}

	@Test
	void shouldAnswerARefusalOfTheServiceAsABadRequestWithItsOwnMessage() {
		when(curations.keepApart("person:a-one", "person:a-two", null, "analyst-nadia"))
			.thenThrow(new IllegalArgumentException("person:a-one and person:a-two are kept apart already"));

		GraphQlTester.Response response = graphQl.documentName("keepApart").variable("a", "person:a-one").variable("b", "person:a-two")
			.execute();

		List<ResponseError> errors = GraphQlTesting.errors(response);
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).isEqualTo("person:a-one and person:a-two are kept apart already");
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getPath()).isEqualTo("keepApart");
		});
		response.path("keepApart").pathDoesNotExist();
	}

	@Test
	void shouldRefuseAMergeWithoutItsRequiredIdsBeforeTheServiceIsAsked() {
		GraphQlTester.Response response = graphQl.documentName("mergeNodes").variable("into", "person:a-one").execute();

		assertThat(GraphQlTesting.errors(response)).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("'from'"));
		verifyNoInteractions(curations, engine);
	}

	@Test
	void shouldTellTheClientToRetryWhileTheStoreIsAwayWithoutItsInternals() {
		when(curations.retractFact(any(), any())).thenThrow(new ServiceUnavailableException("Connection to 127.0.0.1:18499 refused"));

		GraphQlTester.Response response = graphQl.documentName("retractFact")
			.variable("input", Map.of("type", "ATTENDED", "from", "person:a-one", "to", "event:a-meeting"))
			.execute();

		assertThat(GraphQlTesting.errors(response)).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).hasToString("UNAVAILABLE");
			assertThat(error.getMessage()).isEqualTo("The graph store is unavailable; try again shortly");
		});
		assertThat(response.returnResponse().toMap().toString()).doesNotContain("18499").doesNotContain("Exception");
	}

	@Test
	void shouldAskForTwentyDuplicateCandidatesWhenFirstIsNotGiven() {
		when(curations.duplicateCandidates("Person", 20)).thenReturn(List.of());

		graphQl.document("{ duplicateCandidates(label: \"Person\") { score } }").execute()
			.path("duplicateCandidates").entityList(Object.class).hasSize(0);
		verify(curations).duplicateCandidates("Person", 20);
	}
}
