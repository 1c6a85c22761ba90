package org.majlis.web;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import graphql.execution.CoercedVariables;
import graphql.introspection.IntrospectionQuery;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.majlis.store.CypherQueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents too deep, whose answer may hold too many items, or too aliased are refused before any Cypher runs; oversized
 * bodies get 413.
 */
@MajlisTest
class GraphQlLimitsTests {

	@Autowired
	GraphQlHttp graphql;

	@Autowired
	CypherQueryCounter counter;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	GraphQlLimitProperties limits;

	private GraphQlHttp.Response refusedWithoutCypher(String document) {
		long before = counter.count();
		GraphQlHttp.Response response = graphql.query(document);
		assertThat(counter.count()).isEqualTo(before);
		assertThat(response.data() == null || response.data().isNull()).isTrue();
		assertThat(response.errors()).isNotNull();
		return response;
	}

	@Test
	void shouldRefuseADeeplyNestedQueryBeforeRunningCypher() {
		String deep = "{ node(id: \"org:interpol\") { ... on Organization { " + "parent { ".repeat(20) + "name"
				+ " }".repeat(20) + " } } }";
		var response = refusedWithoutCypher(deep);
		assertThat(response.errors().toString()).contains("depth");
	}

	@Test
	void shouldRefuseAnAliasedQueryBombBeforeRunningCypher() {
		StringBuilder bomb = new StringBuilder("{");
		for (int i = 0; i < 200; i++) {
			bomb.append(" a").append(i).append(": events(first: 500) { edges { node { name } } }");
		}
		var response = refusedWithoutCypher(bomb.append(" }").toString());
		assertThat(response.errors().toString()).contains("aliased fields");
	}

	@Test
	void shouldRefuseNestedListsUnderALargePageBeforeRunningCypher() {
		var response = refusedWithoutCypher(
				"{ events(first: 500) { edges { node { attendees { attended { attendees { name } } } } } } }");
		assertThat(response.errors().get(0).get("message").asString())
			.isEqualTo("The query may return about 556,002 items, more than the 50,000 allowed (majlis.graphql.max-items): ask "
					+ "for smaller pages with first, or nest fewer lists (a list without first counts as 10 items, "
					+ "majlis.graphql.list-estimate)");
	}

	@Test
	void shouldCountThePagesOfConnectionsOnRelationsAndTheFirstOfVariables() {
		String people = """
				query($first: Int) { people(first: $first) { edges { node {
				  attendedConnection(first: $first) { edges { node { attendeesConnection(first: $first) { totalCount edges { node { name } } } } } }
				} } } }""";
		long before = counter.count();
		var refused = graphql.query(people, Map.of("first", 100));
		assertThat(counter.count()).isEqualTo(before);
		assertThat(refused.errors().get(0).get("message").asString()).contains("about 2,040,302 items");
		var answered = graphql.query(people, Map.of("first", 5));
		assertThat(answered.errors()).isNull();
		assertThat(answered.data().at("/people/edges")).hasSize(5);
	}

	@Test
	void shouldCountTheCostliestTypeWhereFragmentsSelectForSeveralTypes() {
		var response = refusedWithoutCypher("""
				{ search(text: "interpol", first: 500) { node {
				  ... on Person { attended { attendees { attended { name } } } }
				  ... on Event { attendees { attended { attendees { name } } } }
				} } }""");
		assertThat(response.errors().get(0).get("message").asString()).contains("about 556,001 items");
	}

	@Test
	void shouldLetALargePageThroughWhenOnlyItsCountIsAskedFor() {
		assertThat(graphql.data("{ events(first: 500) { totalCount } }").at("/events/totalCount").asInt()).isPositive();
	}

	@Test
	void shouldAnswerTheIntrospectionQueryOfGraphiQl() {
		assertThat(graphql.data(IntrospectionQuery.INTROSPECTION_QUERY).at("/__schema/types").size()).isGreaterThan(20);
	}

	@Test
	void shouldKeepEveryExampleAndBenchmarkQuestionUnderTheDefaultLimit() throws IOException {
		ItemEstimate estimate = new ItemEstimate(graphQlSource.schema(), limits.listEstimate());
		Map<String, Long> items = new TreeMap<>();
		for (Path folder : List.of(Path.of("graphql", "examples"), Path.of("bench", "questions", "majlis"))) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).toList()) {
					Document document = Parser.parse(Files.readString(file));
					items.put(file.toString(), estimate.of(ExecutableNormalizedOperationFactory
						.createExecutableNormalizedOperation(graphQlSource.schema(), document, null, placeholders(document))));
				}
			}
		}
		System.out.println("Items the example and benchmark queries may return: " + items);
		assertThat(items).hasSizeGreaterThanOrEqualTo(14).allSatisfy((file, n) -> assertThat(n).as(file).isLessThan(limits.maxItems()));
	}

	/** A value for each variable (ids, texts and dates alike take "2025"): none of them is a page size. */
	private static CoercedVariables placeholders(Document document) {
		Map<String, Object> values = new HashMap<>();
		document.getDefinitionsOfType(OperationDefinition.class)
			.forEach(operation -> operation.getVariableDefinitions().forEach(variable -> values.put(variable.getName(), "2025")));
		return CoercedVariables.of(values);
	}

	@Test
	void shouldAnswer413ToAnOversizedBody() {
		String huge = "{\"query\":\"{ __typename }\",\"variables\":{\"padding\":\"" + "x".repeat(2_200_000) + "\"}}";
		var response = graphql.send(HttpRequest.newBuilder(graphql.uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(huge, StandardCharsets.UTF_8))
			.build());
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.errors().get(0).get("message").asString()).contains("larger than");
	}

	@Test
	void shouldStillAnswerAnOrdinaryNestedQuery() {
		assertThat(graphql.data("{ events(first: 2) { edges { node { name attendees { name } } } } }")).isNotNull();
	}
}
