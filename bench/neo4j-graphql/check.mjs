// Smoke check: runs each benchmark operation in queries/ once against a running server and prints row counts.
//
//   node check.mjs [URL] [VARIABLES_JSON]
//
// URL defaults to http://127.0.0.1:8790/graphql. VARIABLES_JSON maps an operation's file name (without
// .graphql) to its variables; operations left out use the demo graph's values below, e.g.
//   node check.mjs http://127.0.0.1:8790/graphql '{"headline":{"topic":"cybercrime"},"search":{"text":"ناصر"}}'
// events-in-country is paged through to the end (following endCursor). Exits 1 when any operation fails.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEMO = {
  headline: { topic: 'cybercrime' },
  'person-events': { id: 'person:ahmed-naser-al-raisi' },
  'office-holders': { id: 'org:interpol' },
  search: { text: 'أحمد' },
  neighbourhood: { id: 'person:ahmed-naser-al-raisi' },
  // morocco's two demo events have no year (no startLow/endHigh), so france is the country with a dated event
  'events-in-country': { country: 'place:france', from: '2025-01-01', to: '2025-12-31', after: null },
};

const url = process.argv[2] ?? 'http://127.0.0.1:8790/graphql';
let given = {};
if (process.argv[3]) {
  try {
    given = JSON.parse(process.argv[3]);
  } catch (error) {
    console.error(`check: the variables are not JSON: ${error.message}`);
    process.exit(2);
  }
}
const here = dirname(fileURLToPath(import.meta.url));

async function run(name, variables) {
  const query = readFileSync(join(here, 'queries', `${name}.graphql`), 'utf8');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}, not JSON` }] }));
  if (!response.ok || body.errors) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

const sum = (list, f) => list.reduce((total, item) => total + f(item), 0);

// Each returns [rows, details]: rows is the number of top-level entities, details counts the nested ones.
const COUNT = {
  headline: (d) => [d.events.length, {
    attendees: sum(d.events, (e) => e.attendees.length),
    positions: sum(d.events, (e) => sum(e.attendees, (a) => a.positions.edges.length)),
  }],
  'person-events': (d) => {
    const person = d.people[0];
    return [person ? person.attended.length : 0, {
      person: person ? 1 : 0,
      attendeeRows: person ? sum(person.attended, (e) => e.attendees.length) : 0,
      coAttendees: person ? new Set(person.attended.flatMap((e) => e.attendees.map((a) => a.id)).filter((id) => id !== person.id)).size : 0,
    }];
  },
  'office-holders': (d) => {
    const org = d.organizations[0];
    return [org ? org.positions.edges.length : 0, {
      organization: org ? 1 : 0,
      people: org ? new Set(org.positions.edges.map((e) => e.person.id)).size : 0,
    }];
  },
  search: (d) => [d.peopleByArabicName.edges.length, {}],
  neighbourhood: (d) => {
    const person = d.people[0];
    const attended = person ? person.attended.length : 0;
    const organizations = person ? person.organizations.length : 0;
    const mentionedIn = person ? person.mentionedIn.length : 0;
    return [attended + organizations + mentionedIn, {
      person: person ? 1 : 0, ATTENDED: attended, HOLDS_POSITION: organizations, MENTIONED_IN: mentionedIn,
    }];
  },
};

let failed = 0;
for (const name of Object.keys(DEMO)) {
  const variables = { ...DEMO[name], ...(given[name] ?? {}) };
  const started = performance.now();
  try {
    let rows;
    let details;
    if (name === 'events-in-country') {
      let after = variables.after ?? null;
      let pages = 0;
      rows = 0;
      do {
        const page = (await run(name, { ...variables, after })).eventsConnection;
        pages += 1;
        rows += page.edges.length;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null && pages < 1000);
      details = { pages };
    } else {
      [rows, details] = COUNT[name](await run(name, variables));
    }
    const extra = Object.entries(details).map(([key, value]) => ` ${key}=${value}`).join('');
    console.log(`${name.padEnd(18)} rows=${rows}${extra} ms=${(performance.now() - started).toFixed(1)}`);
  } catch (error) {
    failed += 1;
    console.log(`${name.padEnd(18)} FAILED ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
