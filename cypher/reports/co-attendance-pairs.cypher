// title: Co-attendance pairs
// question: Which pairs of people were at the same events, and at how many?
// param: minShared Integer = 1 — leave out pairs that shared fewer events
// usage: :param {minShared: 1}
MATCH (a:Person)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(b:Person)
WHERE a.id < b.id
WITH a, b, collect(coalesce(e.nameEn, e.name)) AS events
WHERE size(events) >= $minShared
RETURN a.id AS personA, coalesce(a.nameEn, a.name) AS nameA, b.id AS personB, coalesce(b.nameEn, b.name) AS nameB,
       size(events) AS shared, events
ORDER BY shared DESC, nameA, nameB
