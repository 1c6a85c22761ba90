package org.majlis.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.majlis.model.NodeLabel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cypher text the engine compiles from a selection, without Spring or Neo4j: graphql-java parses and validates a
 * document against a small schema of its own, and the root fields' fetchers hand their selection to the engine's
 * {@link RootField}s, which compile it instead of running it. Every value the client sent must end up as a parameter.
 */
class CompiledStatementTests {

	private static final String SCHEMA = """
			type Query {
			  events(where: EventWhere, orderBy: [EventOrder!], first: Int, after: String): EventConnection
			  node(id: ID!): Node
			}
			interface Node { id: ID! }
			type Event implements Node {
			  id: ID!
			  name: String
			  attendees: [Person!]!
			  attendeesConnection(first: Int, after: String): PersonConnection!
			}
			type Person implements Node { id: ID! name: String nameEn: String }
			type EventConnection { edges: [EventEdge!]! pageInfo: PageInfo! totalCount: Int! }
			type EventEdge { cursor: String! node: Event! }
			type PersonConnection { edges: [PersonEdge!]! pageInfo: PageInfo! totalCount: Int! }
			type PersonEdge { cursor: String! node: Person! }
			type PageInfo { hasNextPage: Boolean! endCursor: String }
			input EventWhere { name: String attendee: ID place: ID AND: [EventWhere!] OR: [EventWhere!] NOT: EventWhere }
			input EventOrder { field: EventSortKey! direction: Direction }
			enum EventSortKey { NAME START_DATE }
			enum Direction { ASC DESC }
			""";

	/** Plain lists hold at most this many items; the engine asks for one more to know when one outgrows it. */
	private static final int LIST_CEILING = 3;

	private static final TypeDescriptions TYPES = new TypeDescriptions(List.of(
			TypeDescription.node(NodeLabel.EVENT)
				.properties("id", "name")
				.manyPaged("attendees", "attendeesConnection", "MATCH ({m}:Person)-[:ATTENDED]->({n})", "Person", "{m}.name")
				.sortKey("NAME", "{m}.name", false)
				.sortKey("START_DATE", "{m}.startLow", true)
				.defaultOrder("NAME", false)
				.condition("name", Condition.of("{m}.name = {v}"))
				.condition("attendee", Condition.onNode("EXISTS { (:Person {id: {v}})-[:ATTENDED]->({m}) }",
						"MATCH (:Person {id: {v}})-[:ATTENDED]->({m}:Event)"))
				.condition("place", Condition.onNode("EXISTS { ({m})-[:HELD_IN]->(:Place {id: {v}}) }", "MATCH (:Place {id: {v}})<-[:HELD_IN]-({m}:Event)")
					.branchingInto(new Condition.Branch("MATCH ({m}:Event)", "{m}.placeId = {v}", "{m}.placeId"),
							new Condition.Branch("MATCH ({place}:Place {id: {v}})<-[:HELD_IN]-({m}:Event)", null, null))),
			TypeDescription.node(NodeLabel.PERSON)
				.properties("id", "name", "nameEn")
				.sortKey("NAME", "{m}.name", false)
				.defaultOrder("NAME", false)));

	/** Stands in for the curation module's redirects: the survivor of a merged id, as a Cypher expression. */
	private static final MergedIds MERGED_IDS = id -> "survivor(" + id + ")";

	/** One root field's statement: its text and the values it was given. */
	record Statement(String text, Map<String, Object> parameters) {
	}

	private final Map<String, Statement> statements = new LinkedHashMap<>();

	/** When set, the root fields compile into this one compilation, as the engine sends a request's root fields together. */
	private Compilation together;

	private final List<String> expressions = new java.util.ArrayList<>();

	private final GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
			RuntimeWiring.newRuntimeWiring()
				.type("Query", builder -> builder.dataFetcher("events", compiling(RootField.list("events", "Event")))
					.dataFetcher("node", compiling(new NodeRoot().nodeById())))
				.type("Node", builder -> builder.typeResolver(environment -> null))
				.build()))
		.build();

	private DataFetcher<Object> compiling(RootField root) {
		return environment -> {
			Compilation compilation = together != null ? together : new Compilation(TYPES, MERGED_IDS, LIST_CEILING);
			String expression = root.compile(compilation, environment);
			expressions.add(expression);
			statements.put(environment.getField().getResultKey(),
					new Statement(compilation.statement(expression), new LinkedHashMap<>(compilation.parameters())));
			return null;
		};
	}

	/** The statements of the document's root fields by their result keys; the document must compile without errors. */
	private Map<String, Statement> compile(String document, Map<String, Object> variables) {
		ExecutionResult result = graphQl.execute(ExecutionInput.newExecutionInput(document).variables(variables));
		assertThat(result.getErrors()).as("errors of %s", document).isEmpty();
		return statements;
	}

	private Statement compileOne(String document) {
		return compile(document, Map.of()).values().iterator().next();
	}

	private List<String> errorsOf(String document) {
		return graphQl.execute(document).getErrors().stream().map(GraphQLError::getMessage).toList();
	}

	@Test
	void shouldCompileARootListIntoOneStatementThatReadsEachAliasUnderItsOwnKey() {
		Statement statement = compileOne("{ events { edges { node { id title: name name } } } }");

		assertThat(statement.text()).isEqualTo("RETURN {__rows: COLLECT { MATCH (m_0:Event) WITH m_0 ORDER BY m_0.name, m_0.id LIMIT $p0 "
				+ "RETURN m_0 {.id, `title`: m_0.name, .name, __typename: 'Event', __keys: [m_0.name, m_0.id]} }, __total: null, "
				+ "__first: $p1, __after: false, __order: 'Event:NAME.ASC'} AS result");
		assertThat(statement.parameters()).containsExactly(Map.entry("p0", 21), Map.entry("p1", 20));
	}

	@Test
	void shouldGiveAliasedRootFieldsOfOneShapeTheSameTextAndTheirOwnParameters() {
		Map<String, Statement> statements = compile("""
				{ few: events(first: 2) { edges { node { id } } }
				  many: events(first: 7) { edges { node { id } } } }
				""", Map.of());

		assertThat(statements).containsOnlyKeys("few", "many");
		assertThat(statements.get("few").text()).isEqualTo(statements.get("many").text());
		assertThat(statements.get("few").parameters()).containsExactly(Map.entry("p0", 3), Map.entry("p1", 2));
		assertThat(statements.get("many").parameters()).containsExactly(Map.entry("p0", 8), Map.entry("p1", 7));
	}

	@Test
	void shouldNeverInlineAValueTheClientSent() {
		String name = "ملتقى' RETURN 1 //";
		Statement literal = compileOne("{ events(where: {name: \"ملتقى' RETURN 1 //\"}) { edges { node { id } } } }");
		statements.clear();
		Statement variable = compile("query($where: EventWhere) { events(where: $where) { edges { node { id } } } }",
				Map.of("where", Map.of("name", name))).get("events");

		assertThat(literal.text()).doesNotContain("ملتقى").contains("MATCH (m_0:Event) WHERE m_0.name = $p0 WITH m_0");
		assertThat(literal.parameters()).containsEntry("p0", name);
		assertThat(variable).isEqualTo(literal);
	}

	@Test
	void shouldStartFromTheNamedNodeOfAnAnchoringConditionAndResolveItsMergedIdOnce() {
		Statement statement = compileOne("""
				{ events(where: {attendee: "person:hamid-al-sayegh", name: "ندوة"}) { edges { node { id } } } }
				""");

		assertThat(statement.text()).startsWith("WITH survivor($p0) AS id0\nRETURN {__rows: COLLECT { MATCH (:Person {id: id0})"
				+ "-[:ATTENDED]->(m_0:Event) WHERE m_0.name = $p1 WITH m_0 ORDER BY m_0.name, m_0.id LIMIT $p2 ");
		assertThat(statement.text()).doesNotContain("EXISTS").doesNotContain("hamid");
		assertThat(statement.parameters()).containsEntry("p0", "person:hamid-al-sayegh").containsEntry("p1", "ندوة");
	}

	@Test
	void shouldCombineAndOrAndNotIntoOnePredicate() {
		Statement statement = compileOne("""
				{ events(where: {OR: [{name: "أ"}, {name: "ب"}], NOT: {name: "ج"}}) { edges { node { id } } } }
				""");

		assertThat(statement.text()).contains("WHERE ((m_0.name = $p0 OR m_0.name = $p1) AND NOT (m_0.name = $p2)) WITH m_0");
		assertThat(statement.parameters()).containsEntry("p0", "أ").containsEntry("p1", "ب").containsEntry("p2", "ج");
	}

	@Test
	void shouldSeekPastTheCursorOnTheSortKeysAndTheIdInsteadOfSkipping() {
		String after = Cursor.encode("Event:NAME.ASC", List.of("مؤتمر الرباط", "event:rabat-meeting"));
		Statement statement = compile("query($after: String) { events(first: 2, after: $after) { edges { cursor node { id } } } }",
				Map.of("after", after)).get("events");

		assertThat(statement.text()).contains("MATCH (m_0:Event) WHERE ((m_0.name > $p0) OR (m_0.name = $p0 AND m_0.id > $p1)) "
				+ "WITH m_0 ORDER BY m_0.name, m_0.id LIMIT $p2 ").contains("__after: true").doesNotContain("SKIP");
		assertThat(statement.parameters()).containsExactly(Map.entry("p0", "مؤتمر الرباط"), Map.entry("p1", "event:rabat-meeting"),
				Map.entry("p2", 3), Map.entry("p3", 2));
	}

	@Test
	void shouldStartFromTheUnionOfTheBranchesOfAnAnchoringConditionEachOrderedAndLimitedAlone() {
		String after = Cursor.encode("Event:NAME.ASC", List.of("مؤتمر الرباط", "event:rabat-meeting"));
		Statement statement = compile("query($after: String) { events(where: {place: \"place:rabat\"}, first: 2, after: $after) { edges { node { id } } } }",
				Map.of("after", after)).get("events");

		String seek = "CASE WHEN ((m_0.name > $p1) OR (m_0.name = $p1 AND m_0.id > $p2)) THEN true ELSE false END";
		assertThat(statement.text()).startsWith("WITH survivor($p0) AS id0\nRETURN {__rows: COLLECT { CALL (*) { "
				+ "MATCH (m_0:Event) WHERE m_0.placeId = id0 AND m_0.name >= $p4 AND " + seek
				+ " WITH m_0 ORDER BY m_0.placeId, m_0.name, m_0.id LIMIT $p3 RETURN m_0 UNION "
				+ "MATCH (place_2:Place {id: id0})<-[:HELD_IN]-(m_0:Event) WHERE " + seek + " WITH m_0 ORDER BY m_0.name, m_0.id LIMIT $p3 RETURN m_0 }"
				+ " WITH m_0 ORDER BY m_0.name, m_0.id LIMIT $p3 RETURN m_0 {");
		assertThat(statement.text()).doesNotContain("EXISTS").doesNotContain("rabat");
		assertThat(statement.parameters()).containsEntry("p0", "place:rabat").containsEntry("p3", 3).containsEntry("p4", "مؤتمر الرباط");
	}

	@Test
	void shouldOrderDescendingWithNullsFirstAndRefuseACursorOfAnotherOrder() {
		Statement statement = compileOne("""
				{ events(orderBy: [{field: START_DATE, direction: DESC}]) { edges { node { id } } } }
				""");
		String cursorOfNames = Cursor.encode("Event:NAME.ASC", List.of("مؤتمر", "event:a"));

		assertThat(statement.text()).contains("ORDER BY m_0.startLow DESC, m_0.id LIMIT $p0")
			.contains("__keys: [m_0.startLow, m_0.id]").contains("__order: 'Event:START_DATE.DESC'");
		assertThat(errorsOf("{ events(orderBy: [{field: START_DATE, direction: DESC}], after: \"" + cursorOfNames
				+ "\") { edges { node { id } } } }")).singleElement().asString().contains("after is a cursor of another list or order");
	}

	@Test
	void shouldCountOnlyWhenTotalCountIsSelected() {
		Statement counted = compileOne("{ events(where: {name: \"ندوة\"}) { totalCount edges { node { id } } } }");
		statements.clear();
		Statement uncounted = compileOne("{ events(where: {name: \"ندوة\"}) { edges { node { id } } } }");

		assertThat(counted.text()).contains("__total: COUNT { MATCH (m_0:Event) WHERE m_0.name = $p0 }");
		assertThat(uncounted.text()).contains("__total: null").doesNotContain("COUNT");
	}

	@Test
	void shouldNestARelationAsASubqueryWithItsOwnOrderAndOneItemBeyondTheCeiling() {
		Statement statement = compileOne("{ events { edges { node { id people: attendees { nameEn } } } } }");

		assertThat(statement.text()).contains("RETURN m_0 {.id, `people`: COLLECT { MATCH (m_1:Person)-[:ATTENDED]->(m_0) "
				+ "WITH m_1 ORDER BY m_1.name LIMIT $p1 RETURN m_1 {.nameEn, __typename: 'Person'} }, __typename: 'Event'");
		assertThat(statement.parameters()).containsEntry("p1", LIST_CEILING + 1);
	}

	@Test
	void shouldPageANestedConnectionInsideTheSameStatement() {
		Statement statement = compileOne("""
				{ events(first: 5) { edges { node { attendeesConnection(first: 1) { totalCount edges { node { name } } } } } } }
				""");

		assertThat(statement.text()).contains("`attendeesConnection`: {__rows: COLLECT { MATCH (m_1:Person)-[:ATTENDED]->(m_0) "
				+ "WITH m_1 ORDER BY m_1.name, m_1.id LIMIT $p1 RETURN m_1 {.name, __typename: 'Person', __keys: [m_1.name, m_1.id]} }, "
				+ "__total: COUNT { MATCH (m_1:Person)-[:ATTENDED]->(m_0) }, __first: $p2, __after: false, __order: 'Person:NAME.ASC'}");
		assertThat(statement.parameters()).containsExactly(Map.entry("p0", 6), Map.entry("p1", 2), Map.entry("p2", 1), Map.entry("p3", 5));
	}

	@Test
	void shouldReadANodeByIdWithTheFieldsOfItsOwnTypeOnly() {
		Statement statement = compileOne("""
				{ node(id: "person:salma-al-khatib") { id ... on Person { nameEn } ... on Event { name } } }
				""");

		assertThat(statement.text()).isEqualTo("WITH survivor($p0) AS id0\nRETURN head(COLLECT { MATCH (n_0:Person {id: id0}) "
				+ "RETURN n_0 {.id, .nameEn, __typename: 'Person'} }) AS result");
		assertThat(statement.parameters()).containsExactly(Map.entry("p0", "person:salma-al-khatib"));
	}

	@Test
	void shouldAnswerAnIdOfNoDescribedLabelWithoutReadingTheStore() {
		assertThat(compileOne("{ node(id: \"nothing:at-all\") { id } }").text()).isEqualTo("RETURN null AS result");
	}

	@Test
	void shouldRefuseAPageLargerThanTheLimitBeforeAnyStatement() {
		assertThat(errorsOf("{ events(first: 501) { edges { node { id } } } }")).singleElement().asString()
			.contains("first may be at most 500");
		assertThat(statements).isEmpty();
	}

	@Test
	void shouldSendTheRootFieldsOfARequestAsOneStatementOfOneColumnEach() {
		together = new Compilation(TYPES, MERGED_IDS, LIST_CEILING);
		compile("""
				{ a: node(id: "person:salma-al-khatib") { id } events(first: 1) { edges { node { id } } } b: node(id: "event:ga-93") { id } }
				""", Map.of());

		assertThat(together.statement(expressions)).isEqualTo("WITH survivor($p0) AS id0, survivor($p3) AS id1\n"
				+ "RETURN head(COLLECT { MATCH (n_0:Person {id: id0}) RETURN n_0 {.id, __typename: 'Person'} }) AS result, "
				+ "{__rows: COLLECT { MATCH (m_1:Event) WITH m_1 ORDER BY m_1.name, m_1.id LIMIT $p1 "
				+ "RETURN m_1 {.id, __typename: 'Event', __keys: [m_1.name, m_1.id]} }, __total: null, __first: $p2, __after: false, "
				+ "__order: 'Event:NAME.ASC'} AS result1, "
				+ "head(COLLECT { MATCH (n_2:Event {id: id1}) RETURN n_2 {.id, __typename: 'Event'} }) AS result2");
		assertThat(together.parameters()).containsExactly(Map.entry("p0", "person:salma-al-khatib"), Map.entry("p1", 2), Map.entry("p2", 1),
				Map.entry("p3", "event:ga-93"));
	}
}
