/**
 * The store: the embedded Neo4j server (the default, with Bolt on 127.0.0.1) or an external Neo4j named by
 * {@code spring.neo4j.uri}, the versioned Cypher migrations applied at start-up, and the demo graph.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Store")
package org.majlis.store;
