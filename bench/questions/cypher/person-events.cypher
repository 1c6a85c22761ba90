// 2. One person's first 50 events, earliest first, each with its first 50 attendees by name.
MATCH (:Person {id: $id})-[:ATTENDED]->(e:Event)
WITH e ORDER BY e.startLow, e.name, e.id LIMIT 50
RETURN e.name AS name, e.startDate AS startDate,
       COLLECT { MATCH (other:Person)-[:ATTENDED]->(e) WITH other ORDER BY other.name, other.id LIMIT 50 RETURN other {.id, .name} } AS attendees
