// 5. A high-degree node's neighbours, at most 100, most connected first (articles left out, as explorers do).
MATCH (n:Person {id: $id})
MATCH (n)-[r]-(m) WHERE NOT r:MENTIONED_IN
WITH n, m, collect(r) AS rels, COUNT { (m)--() } AS degree
ORDER BY degree DESC, m.id
LIMIT 100
RETURN m.id AS id, labels(m)[0] AS label, coalesce(m.nameEn, m.name) AS caption, degree,
       [r IN rels | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges
