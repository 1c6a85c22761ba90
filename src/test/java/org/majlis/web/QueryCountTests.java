package org.majlis.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.majlis.store.CypherQueryCounter;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A compiled GraphQL request costs one Cypher statement, however deep its selection and however many rows it returns. */
@MajlisTest
class QueryCountTests {

	/** The benchmark's headline question: events on a topic, their place, their attendees and the attendees' offices. */
	static final String HEADLINE = """
			query($first: Int) { events(where: {topic: "cybercrime"}, first: $first) { totalCount edges { node {
			  name nameEn kind startDate endDate
			  location { name nameEn country { name } }
			  attendees { name nameEn positions { title organization { name nameEn } } }
			  topics { key }
			} } } }
			""";

	@Autowired
	GraphQlHttp graphql;

	@Autowired
	CypherQueryCounter counter;

	private long statementsFor(String document, Map<String, Object> variables) {
		long before = counter.count();
		GraphQlHttp.Response response = graphql.query(document, variables);
		assertThat(response.errors()).isNull();
		return counter.count() - before;
	}

	@Test
	void theHeadlineQueryWithFourNestedLevelsIsOneStatementWhateverItReturns() {
		assertThat(statementsFor(HEADLINE, Map.of("first", 1))).isEqualTo(1);
		assertThat(statementsFor(HEADLINE, Map.of("first", 100))).isEqualTo(1);
	}

	@Test
	void aNodeByIdWithNestedFieldsIsOneStatement() {
		assertThat(statementsFor("""
				query($id: ID!) { node(id: $id) { id ... on Person {
				  name sources { article { url } quote }
				  positions { title from organization { name country { name } parent { name } } sources { article { title } } }
				  attendance { role event { name location { name } } sources { confidence } }
				  attended { name attendees { name } organizers { name } }
				} } }
				""", Map.of("id", "person:ahmed-naser-al-raisi"))).isEqualTo(1);
	}

	@Test
	void aRelationConnectionIsOneStatement() {
		assertThat(statementsFor("""
				query($id: ID!) { node(id: $id) { ... on Person {
				  attendedConnection(first: 2, where: {topic: "cybercrime"}, orderBy: [{field: START_DATE, direction: DESC}]) {
				    totalCount edges { cursor node { name attendeesConnection(first: 3) { totalCount edges { node { name } } } } }
				    pageInfo { hasNextPage endCursor } } } } }
				""", Map.of("id", "person:ahmed-naser-al-raisi"))).isEqualTo(1);
	}

	@Test
	void searchWithTheHitsNodesIsOneStatement() {
		assertThat(statementsFor("""
				query($text: String!) { search(text: $text, first: 5) { score node { id ... on Organization { name positions { title } } } } }
				""", Map.of("text", "الانتربول"))).isEqualTo(1);
	}
}
