package org.majlis.web;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.majlis.store.CypherQueryCounter;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Nested GraphQL requests cost one Cypher query per level and relation, however many rows they return. */
@MajlisTest
class QueryCountTests {

	static final String NESTED = """
			query($first: Int) { events(first: $first) { edges { node {
			  attendees { positions { organization { name } } }
			  topics { key }
			  location { name }
			} } } }
			""";

	@Autowired
	GraphQlHttp graphql;

	@Autowired
	CypherQueryCounter counter;

	private long queriesFor(int first) {
		long before = counter.count();
		var response = graphql.query(NESTED, java.util.Map.of("first", first));
		assertThat(response.errors()).isNull();
		assertThat(response.data().at("/events/edges").size()).isEqualTo(Math.min(first, 5));
		return counter.count() - before;
	}

	@Test
	void shouldRunABoundedNumberOfQueriesWhateverTheNumberOfResults() {
		long forOne = queriesFor(1);
		long forAll = queriesFor(100);
		System.out.printf("Cypher queries for the nested events request: %d for 1 event, %d for 100%n", forOne, forAll);
		assertThat(forAll).isEqualTo(forOne).isLessThanOrEqualTo(6);
	}
}
