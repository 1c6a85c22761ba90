/**
 * Graph-shaped queries for visual explorers: a node's neighbourhood, shortest paths, co-attendance of people,
 * as node and edge lists with stable ids; and exports of the graph as GraphML (Gephi, yEd) and Cytoscape.js JSON.
 * The three queries are root fields of the read engine, each one expression of the request's one statement; the
 * exports read a neighbourhood through the same engine and the whole graph through {@code Neo4jClient}, over the
 * relationship types of the model only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Graph")
package org.majlis.graph;
