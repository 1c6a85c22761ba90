/**
 * The web surface: GraphQL scalars, GraphQL over HTTP (POST and GET), errors a client can act on, the
 * GraphiQL and explorer pages served from the jar, and web security.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.majlis.web;
