/**
 * Graph-shaped queries for visual explorers: a node's neighbourhood, shortest paths, co-attendance of people,
 * as node and edge lists with stable ids; and exports of the graph as GraphML (Gephi, yEd) and Cytoscape.js JSON.
 * It reads the store directly, over the relationship types of the model only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Graph")
package org.majlis.graph;
