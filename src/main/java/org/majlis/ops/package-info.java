/**
 * Operations: what running the service needs beyond its API. Health probes (liveness, readiness with Neo4j)
 * and Prometheus metrics come from Actuator; this module adds the Cypher statement counter as a meter and a
 * request id ({@code X-Request-Id}) on every log line of a request and on its response.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package org.majlis.ops;
