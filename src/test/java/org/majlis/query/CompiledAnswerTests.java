package org.majlis.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A compiled root field is complete when Neo4j has answered: its maps become the answer in one walk
 * ({@link CompiledAnswerStrategy}), not field by field. Each answer over HTTP is compared with the one graphql-java's
 * own strategy gives for the same document on the same store, in-process: data, errors and their paths alike.
 */
@MajlisTest
class CompiledAnswerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PERSON = "person:ahmed-naser-al-raisi";

	/** The shape of the benchmark's headline question: events on a topic, their place, attendees and offices. */
	private static final String HEADLINE = """
			query($first: Int) { events(where: {topic: "cybercrime"}, first: $first) { totalCount edges { cursor node {
			  id name kind startDate location { name country { name } }
			  attendees { nameEn positions { title organization { name } } } topics { key }
			} } } }
			""";

	@Autowired
	GraphQlHttp graphql;

	@Autowired
	CompiledAnswerStrategy strategy;

	@Autowired
	GraphQlSource source;

	@Autowired
	ObjectProvider<DataFetcherExceptionResolver> resolvers;

	@Autowired
	Driver driver;

	/** The strategy's counts before a request, to tell what the request did. */
	private record Counts(long answered, long fields, long leftToGraphQlJava) {
	}

	private Counts counts() {
		return new Counts(strategy.answered(), strategy.fieldsCompleted(), strategy.leftToGraphQlJava());
	}

	/** The answer of graphql-java's own strategy, with the same exception resolvers, as the JSON a client reads. */
	private JsonNode reference(String document, Map<String, Object> variables) {
		GraphQL graphQl = source.graphQl().transform(builder -> builder.queryExecutionStrategy(
				new AsyncExecutionStrategy(DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()))));
		Map<String, Object> answer = graphQl.execute(ExecutionInput.newExecutionInput(document).variables(variables).build()).toSpecification();
		return JSON.readTree(JSON.writeValueAsString(answer));
	}

	/** The data and, for each error, its message, path and locations: what the two answers must share. */
	private static Map<String, Object> essentials(JsonNode answer) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("data", answer.get("data"));
		List<String> errors = new ArrayList<>();
		if (answer.get("errors") != null) {
			answer.get("errors").forEach(error -> errors.add(error.get("message") + " at " + error.get("path") + " " + error.get("locations")));
		}
		out.put("errors", errors);
		return out;
	}

	/** Asks over HTTP and asserts the answer is graphql-java's own; the counts from before the request. */
	private JsonNode askAndCompare(String document, Map<String, Object> variables) {
		JsonNode answer = graphql.query(document, variables).body();
		assertThat(essentials(answer)).isEqualTo(essentials(reference(document, variables)));
		return answer;
	}

	@Test
	void theHeadlineQuestionIsCompletedInOneWalkAndAnswersAsGraphQlJavaDoes() {
		Counts before = counts();
		JsonNode answer = askAndCompare(HEADLINE, Map.of("first", 20));
		Counts after = counts();
		assertThat(answer.get("errors")).isNull();
		assertThat(answer.get("data").get("events").get("edges")).isNotEmpty();
		assertThat(after.answered() - before.answered()).isEqualTo(1);
		assertThat(after.leftToGraphQlJava()).isEqualTo(before.leftToGraphQlJava());
		assertThat(after.fields() - before.fields()).isGreaterThan(20);
	}

	@Test
	void aliasesFragmentsTypenamesAndDirectivesAnswerAsGraphQlJavaDoes() {
		String document = """
				query($id: ID!, $withPlace: Boolean!) {
				  first: node(id: $id) { __typename id ...person ... on Event { name } }
				  page: events(where: {topic: "cybercrime"}, first: 3) {
				    __typename total: totalCount
				    edges { cursor node { __typename ...eventFields id name: nameEn title: name } }
				    pageInfo { hasNextPage endCursor startCursor hasPreviousPage }
				  }
				  hits: search(text: "الانتربول", first: 3) { score node { __typename id ... on Organization { name } ... on Person { nameEn } } }
				  typeOnly: node(id: $id) { __typename }
				}
				fragment person on Person {
				  name again: name
				  attended { __typename id location @include(if: $withPlace) { name country { __typename name } } }
				  attendedConnection(first: 2) { edges { node { ...eventFields } } pageInfo { hasNextPage } }
				}
				fragment eventFields on Node { ... on Event { kind startDate location @skip(if: $withPlace) { id } topics { key } } }
				""";
		for (boolean withPlace : List.of(true, false)) {
			Counts before = counts();
			JsonNode answer = askAndCompare(document, Map.of("id", PERSON, "withPlace", withPlace));
			Counts after = counts();
			assertThat(answer.get("errors")).isNull();
			assertThat(answer.get("data").propertyNames()).containsExactly("first", "page", "hits", "typeOnly");
			assertThat(answer.get("data").get("first").get("__typename").asString()).isEqualTo("Person");
			assertThat(answer.get("data").get("typeOnly").propertyNames()).containsExactly("__typename");
			assertThat(after.answered() - before.answered()).isEqualTo(4);
			assertThat(after.leftToGraphQlJava()).isEqualTo(before.leftToGraphQlJava());
		}
	}

	@Test
	void aNullWhereTheSchemaForbidsOneIsLeftToGraphQlJavaAndBubblesToTheNearestNullableParent() {
		driver.executableQuery("""
				MATCH (p:Person {id: $person}) CREATE (p)-[:ATTENDED]->(:Event {id: 'event:without-a-name', kind: 'MEETING'})
				""").withParameters(Map.of("person", PERSON)).execute();
		try {
			Counts before = counts();
			JsonNode alone = askAndCompare("{ node(id: \"event:without-a-name\") { id ... on Event { name } } }", Map.of());
			assertThat(alone.get("data").get("node").isNull()).isTrue();
			assertThat(alone.get("errors")).hasSize(1);
			assertThat(alone.get("errors").get(0).get("path").toString()).isEqualTo("[\"node\",\"name\"]");

			String nested = """
					query($id: ID!) { person: node(id: $id) { ... on Person { name attended { id name } } }
					  other: events(where: {topic: "cybercrime"}, first: 1) { edges { node { name } } } }
					""";
			JsonNode answer = askAndCompare(nested, Map.of("id", PERSON));
			assertThat(answer.get("data").get("person").isNull()).isTrue();
			assertThat(answer.get("data").get("other").get("edges")).hasSize(1);
			assertThat(answer.get("errors")).hasSize(1);
			assertThat(answer.get("errors").get(0).get("path").get(1).asString()).isEqualTo("attended");
			Counts after = counts();
			assertThat(after.leftToGraphQlJava() - before.leftToGraphQlJava()).isEqualTo(2);
			assertThat(after.answered() - before.answered()).isEqualTo(1);
		}
		finally {
			driver.executableQuery("MATCH (e:Event {id: 'event:without-a-name'}) DETACH DELETE e").execute();
		}
	}
}
