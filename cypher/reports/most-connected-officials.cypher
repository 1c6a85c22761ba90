// title: Most connected officials
// question: Which officials are the most connected: events attended, people met there, organisations served?
// param: limit Integer = 10 — how many officials to list
// usage: :param {limit: 10}
MATCH (p:Person)
OPTIONAL MATCH (p)-[:ATTENDED]->(e:Event)
WITH p, count(DISTINCT e) AS events
OPTIONAL MATCH (p)-[:ATTENDED]->(:Event)<-[:ATTENDED]-(other:Person)
WHERE other <> p
WITH p, events, count(DISTINCT other) AS coAttendees
OPTIONAL MATCH (p)-[:HOLDS_POSITION]->(o:Organization)
WITH p, events, coAttendees, count(DISTINCT o) AS organizations
RETURN p.id AS person, coalesce(p.nameEn, p.name) AS name, events, coAttendees, organizations,
       events + coAttendees + organizations AS connections
ORDER BY connections DESC, events DESC, name
LIMIT $limit
