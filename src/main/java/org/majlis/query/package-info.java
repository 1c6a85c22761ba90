/**
 * The read engine. Each feature module describes the GraphQL types it owns once ({@link org.majlis.query.TypeDescription}:
 * label, id prefix, how each field is read, the relations with their Cypher pattern, sort keys and filters), and the
 * engine compiles the selection set of a root field, with every nested relation, argument, alias and fragment, into one
 * parameterised Cypher statement whose nested {@code COLLECT} subqueries build the answer's maps inside Neo4j. The
 * nested fields resolve from those maps by alias; connections page by keyset cursors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Query engine", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.majlis.query;
