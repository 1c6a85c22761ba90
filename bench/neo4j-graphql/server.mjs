// Reference server for the Majlis benchmark: the Neo4j GraphQL Library (@neo4j/graphql 7) served by GraphQL Yoga,
// over the same Neo4j that Majlis uses.
//
//   NEO4J_URI=bolt://127.0.0.1:7699 PORT=8790 node server.mjs
//
// Environment:
//   NEO4J_URI        Bolt URI of the Neo4j (required)
//   PORT             HTTP port; the endpoint is http://127.0.0.1:PORT/graphql (required)
//   NEO4J_USER       user name, with NEO4J_PASSWORD (optional: without NEO4J_PASSWORD no auth token is sent,
//   NEO4J_PASSWORD   which is what Majlis's embedded Neo4j, running without auth, accepts)
//   NEO4J_DATABASE   database name (optional: the server's default database)
//   NEO4J_POOL_SIZE  driver connection pool size (default 100, the Java driver's default that Majlis runs with)
//
// Prints `READY http://127.0.0.1:PORT/graphql` on stdout once the endpoint has answered a query that reads Neo4j;
// exits with status 1 and a message on stderr when Neo4j cannot be reached or is too old.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';

const HOST = '127.0.0.1';
const MIN_NEO4J = [5, 23]; // @neo4j/graphql 7's minimum (MIN_NEO4J_VERSION in its constants)

function fail(message, error) {
  console.error(`neo4j-graphql-ref: ${message}${error ? `: ${error.message ?? error}` : ''}`);
  process.exit(1);
}

const uri = process.env.NEO4J_URI;
const port = Number.parseInt(process.env.PORT ?? '', 10);
if (!uri) fail('NEO4J_URI is not set (e.g. bolt://127.0.0.1:7699)');
if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`PORT is not a valid port: '${process.env.PORT ?? ''}'`);
const poolSize = Number.parseInt(process.env.NEO4J_POOL_SIZE ?? '100', 10);
if (!Number.isInteger(poolSize) || poolSize < 32) fail(`NEO4J_POOL_SIZE must be at least 32, got '${process.env.NEO4J_POOL_SIZE}'`);
const database = process.env.NEO4J_DATABASE || undefined;

const auth = process.env.NEO4J_PASSWORD !== undefined
  ? neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', process.env.NEO4J_PASSWORD)
  : undefined;

const driver = neo4j.driver(uri, auth, {
  maxConnectionPoolSize: poolSize,
  // as Majlis: fail fast while Neo4j is away instead of holding requests for the driver's default minute
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 5_000,
  // no driver logging (the default); notifications would be logged per query otherwise
  notificationsFilter: { minimumSeverityLevel: 'OFF' },
});

// 1. Neo4j is reachable and new enough (checkNeo4jCompat of the library also demands APOC, which the library only
//    uses for @authorization rules, so the version is checked here instead).
try {
  await driver.verifyConnectivity({ database });
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(
      "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version");
    const version = result.records[0]?.get('version') ?? '';
    const [major, minor] = version.split('.').map((part) => Number.parseInt(part, 10));
    if (!(major > MIN_NEO4J[0] || (major === MIN_NEO4J[0] && minor >= MIN_NEO4J[1]))) {
      await driver.close();
      fail(`Neo4j ${version} at ${uri} is older than ${MIN_NEO4J.join('.')}, the minimum of @neo4j/graphql 7`);
    }
  } finally {
    await session.close();
  }
} catch (error) {
  await driver.close().catch(() => {});
  fail(`cannot reach Neo4j at ${uri}`, error);
}

// 2. The schema from the type definitions. Queries run as `CYPHER 5 ...` (the library's default prefix), which
//    Neo4j 2025+/2026 still accepts next to Cypher 25.
const here = dirname(fileURLToPath(import.meta.url));
const typeDefs = readFileSync(join(here, 'typeDefs.graphql'), 'utf8');
let schema;
try {
  schema = await new Neo4jGraphQL({
    typeDefs,
    driver,
    // leave the deprecated filter spellings (id_EQ, ..._SOME, ...) out of the schema: the operations use the new ones
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  }).getSchema();
} catch (error) {
  await driver.close().catch(() => {});
  fail('invalid type definitions', error);
}

// 3. GraphQL Yoga at /graphql: no GraphiQL, no landing page, errors masked, only warnings logged.
const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  graphiql: false,
  landingPage: false,
  logging: 'warn',
  maskedErrors: true,
  context: () => (database ? { sessionConfig: { database } } : {}),
});

const server = createServer(yoga);
server.keepAliveTimeout = 65_000;
server.on('error', async (error) => {
  await driver.close().catch(() => {});
  fail(`cannot listen on ${HOST}:${port}`, error);
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  server.closeAllConnections?.();
  server.close();
  await driver.close().catch(() => {});
  process.exit(signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

server.listen(port, HOST, async () => {
  const endpoint = `http://${HOST}:${port}/graphql`;
  // 4. Answer one query that reads Neo4j through the whole stack before announcing readiness.
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ topics(limit: 1) { id } }' }),
    });
    const body = await response.json();
    if (!response.ok || body.errors) throw new Error(`HTTP ${response.status} ${JSON.stringify(body.errors ?? body)}`);
  } catch (error) {
    console.error(`neo4j-graphql-ref: the endpoint ${endpoint} does not answer: ${error.message}`);
    await stop('self-check');
    return;
  }
  console.log(`READY ${endpoint}`);
});
