// Compares the six reference operations with Majlis's own answers on the demo graph, by entity id (and order where
// both promise one). Both servers must run over the same Neo4j holding Majlis's demo graph.
//
//   node compare-majlis.mjs [REFERENCE_URL] [MAJLIS_URL]
//
// Prints SAME/DIFF per case with both answers; exits 1 when any case differs.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = dirname(fileURLToPath(import.meta.url));
const NGQL = process.argv[2] ?? 'http://127.0.0.1:8790/graphql', MAJLIS = process.argv[3] ?? 'http://127.0.0.1:8080/graphql';
const Q = (n) => readFileSync(`${HERE}/queries/${n}.graphql`, 'utf8');
async function gql(url, query, variables) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const b = await r.json(); if (b.errors) throw new Error(url + ' ' + JSON.stringify(b.errors)); return b.data;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
let differing = 0;
function report(name, vars, n, m) {
  if (!same(n, m)) differing += 1;
  console.log(`${same(n, m) ? 'SAME' : 'DIFF'} ${name} ${JSON.stringify(vars)}\n  ngql:   ${JSON.stringify(n)}\n  majlis: ${JSON.stringify(m)}`); }
const sortU = (xs) => [...new Set(xs)].sort();

async function headline(topic) {
  const n = (await gql(NGQL, Q('headline'), { topic })).events.map((e) => [e.id, e.location?.name ?? null, e.attendees.map((a) => [a.id, a.positions.edges.map((p) => p.properties.title + '@' + p.organization.name).sort()]).sort()]);
  const m = (await gql(MAJLIS, `query($t:ID){ events(where:{topic:$t}, first:50){ edges{ node{ id name nameEn kind startDate endDate location{name nameEn} attendees{ id name nameEn positions{ title organization{ name nameEn } } } } } } }`, { t: topic }))
    .events.edges.map(({ node: e }) => [e.id, e.location?.name ?? null, e.attendees.map((a) => [a.id, a.positions.map((p) => p.title + '@' + p.organization.name).sort()]).sort()]);
  report('headline', { topic }, n, m);
}
async function personEvents(id) {
  const p = (await gql(NGQL, Q('person-events'), { id })).people[0];
  const n = p ? p.attended.map((e) => [e.id, e.attendees.map((a) => a.id).sort()]) : null;
  const q = (await gql(MAJLIS, `query($id:ID!){ node(id:$id){ ... on Person { id name attended { id name startDate attendees { id name } } } } }`, { id })).node;
  const m = q ? q.attended.map((e) => [e.id, e.attendees.map((a) => a.id).sort()]) : null;
  report('person-events', { id }, n, m);
}
async function officeHolders(id) {
  const o = (await gql(NGQL, Q('office-holders'), { id })).organizations[0];
  const n = o ? o.positions.edges.map((e) => [e.person.id, e.properties.title, e.properties.titleEn, e.properties.from, e.properties.to]).sort() : null;
  const q = (await gql(MAJLIS, `query($id:ID!){ node(id:$id){ ... on Organization { id name positions { title titleEn from to person { id name } } } } }`, { id })).node;
  const m = q ? q.positions.map((p) => [p.person.id, p.title, p.titleEn, p.from, p.to]).sort() : null;
  report('office-holders', { id }, n, m);
}
async function search(text) {
  const n = (await gql(NGQL, Q('search'), { text })).peopleByArabicName.edges.map((e) => e.node.id);
  const hits = (await gql(MAJLIS, `query($t:String!){ search(text:$t, first:20){ score node { id __typename } } }`, { t: text })).search;
  const m = hits.filter((h) => h.node.__typename === 'Person').map((h) => h.node.id);
  report(`search (people; majlis all kinds: ${hits.length})`, { text }, sortU(n), sortU(m));
}
async function neighbourhood(id) {
  const p = (await gql(NGQL, Q('neighbourhood'), { id })).people[0];
  const n = p ? { ATTENDED: sortU(p.attended.map((x) => x.id)), HOLDS_POSITION: sortU(p.organizations.map((x) => x.id)), MENTIONED_IN: sortU(p.mentionedIn.map((x) => x.id)) } : null;
  const g = (await gql(MAJLIS, `query($id:ID!){ neighborhood(id:$id, depth:1, relationshipTypes:["ATTENDED","HOLDS_POSITION","MENTIONED_IN"], limit:100){ nodes{ id } edges{ type source target } truncated } }`, { id })).neighborhood;
  const m = g.nodes.length ? Object.fromEntries(['ATTENDED', 'HOLDS_POSITION', 'MENTIONED_IN'].map((t) => [t, sortU(g.edges.filter((e) => e.type === t).map((e) => (e.source === id ? e.target : e.source)))])) : null;
  report('neighbourhood', { id }, n, m);
}
async function eventsInCountry(country, from, to) {
  const n = []; let after = null;
  do { const c = (await gql(NGQL, Q('events-in-country'), { country, from, to, after })).eventsConnection; n.push(...c.edges.map((e) => [e.node.id, e.node.location?.name ?? null])); after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null; } while (after);
  const m = []; after = null;
  do { const c = (await gql(MAJLIS, `query($p:ID,$f:PartialDate,$t:PartialDate,$a:String){ events(where:{place:$p, from:$f, to:$t}, first:50, after:$a){ edges{ node{ id name startDate location{ name } } } pageInfo{ hasNextPage endCursor } } }`, { p: country, f: from, t: to, a: after })).events; m.push(...c.edges.map((e) => [e.node.id, e.node.location?.name ?? null])); after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null; } while (after);
  report('events-in-country', { country, from, to }, n, m);
}

for (const t of ['cybercrime', 'artificial-intelligence', 'organized-crime', 'no-such-topic']) await headline(t);
for (const id of ['person:ahmed-naser-al-raisi', 'person:jurgen-stock', 'person:abdellatif-hammouchi', 'person:nobody']) await personEvents(id);
for (const id of ['org:interpol', 'org:nobody']) await officeHolders(id);
for (const t of ['أحمد', 'محمد', 'شتوك', 'الجودر', 'عبدالله']) await search(t);
for (const id of ['person:ahmed-naser-al-raisi', 'person:jurgen-stock', 'person:nobody']) await neighbourhood(id);
for (const [c, f, t] of [['place:morocco', '2000-01-01', '2100-12-31'], ['place:france', '2025-01-01', '2025-12-31'], ['place:france', '2025-02-13', '2025-02-13'], ['place:france', '2025-02-14', '2025-12-31'], ['place:lyon', '2025-01-01', '2025-12-31']]) await eventsInCountry(c, f, t);
console.log(`${differing} differing`);
process.exit(differing ? 1 : 0);
