// Times a Cypher query three times and prints its PROFILE plan (operators, rows, db hits), for finding why a benchmark
// question is slow: NEO4J_URI=bolt://127.0.0.1:PORT node profile.mjs 'MATCH … $x …' '{"x": 1}'
// (the Bolt port of the running service is in target/bench/logs/service.log).
import neo4j from 'neo4j-driver';
const d = neo4j.driver(process.env.NEO4J_URI || 'bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j',''));
const q = process.argv[2]; const params = JSON.parse(process.argv[3] || '{}');
const s = d.session({defaultAccessMode: neo4j.session.READ});
for (let i = 0; i < 3; i++) { const t = Date.now(); const r = await s.run(q, params); console.log('ms', Date.now() - t, 'rows', r.records.length); }
const r = await s.run('PROFILE ' + q, params);
function walk(p, depth) { console.log(' '.repeat(depth*2) + p.operatorType + ' rows=' + p.rows + ' hits=' + p.dbHits + ' ' + (p.arguments.Details||'').slice(0,110)); p.children.forEach(c => walk(c, depth+1)); }
walk(r.summary.profile, 0);
await s.close(); await d.close();
