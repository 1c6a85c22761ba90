package org.majlis.bench;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One of the six canonical questions as each target asks it: the operation or query file name (the same in
 * bench/questions/majlis, bench/questions/cypher and bench/neo4j-graphql/queries), its arguments, and what to count
 * in each answer so that the row counts of the three can be compared.
 */
record Question(String name, String title, Map<String, Object> majlisVariables, String majlisCount, Map<String, Object> cypherParameters,
		String cypherListColumn, Map<String, Object> neo4jGraphqlVariables, String neo4jGraphqlCount, boolean paged) {

	/** The six questions of the issue, in its order. */
	static List<Question> all(QuestionParameters p) {
		String lucene = String.join(" AND ", p.nameWithoutHamza().split("\\s+"));
		String from = p.from().toString();
		String to = p.to().toString();
		return List.of(
				new Question("headline", "Events on a topic with attendees and their positions", Map.of("topic", p.topic()),
						"events.edges.node.attendees", Map.of("topic", p.topic()), "attendees", Map.of("topic", p.topic()),
						"events.attendees", false),
				new Question("person-events", "One person's first 50 events with 50 co-attendees each", Map.of("id", p.person()),
						"node.attendedConnection.edges.node.attendeesConnection.edges", Map.of("id", p.person()), "attendees",
						Map.of("id", p.person()), "people.attendedConnection.edges.node.attendeesConnection.edges", false),
				new Question("office-holders", "An organisation's office holders over time", Map.of("id", p.organization()),
						"node.positions", Map.of("id", p.organization()), null, Map.of("id", p.organization()),
						"organizations.positions.edges", false),
				new Question("search", "Search by an Arabic name without hamza", Map.of("text", p.nameWithoutHamza()), "search",
						Map.of("lucene", lucene), null, Map.of("text", lucene), "peopleByArabicName.edges", false),
				new Question("neighbourhood", "Neighbourhood of a high-degree node (limit 100)", Map.of("id", p.person()),
						"neighborhood.nodes", Map.of("id", p.person()), null, Map.of("id", p.person()), "people.attended,people.organizations", false),
				new Question("events-in-country", "Events between two dates in one country, all pages of 50",
						Map.of("country", p.country(), "from", from, "to", to), "events.edges",
						Map.of("country", p.country(), "from", p.from(), "to", p.to()), null,
						Map.of("country", p.country(), "from", from, "to", to), "eventsConnection.edges", true));
	}

	Probe majlis(GraphQlEndpoint endpoint) throws IOException {
		return paged ? endpoint.pagedProbe(name, majlisVariables, majlisCount) : endpoint.probe(name, majlisVariables, majlisCount);
	}

	Probe cypher(CypherEndpoint endpoint) throws IOException {
		return paged ? endpoint.pagedProbe(name, cypherParameters) : endpoint.probe(name, cypherParameters, cypherListColumn);
	}

	Probe neo4jGraphql(GraphQlEndpoint endpoint) throws IOException {
		return paged ? endpoint.pagedProbe(name, neo4jGraphqlVariables, neo4jGraphqlCount)
				: endpoint.probe(name, neo4jGraphqlVariables, neo4jGraphqlCount);
	}
}
