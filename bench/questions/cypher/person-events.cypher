// 2. One person's events, earliest first, each with everyone who attended it.
MATCH (:Person {id: $id})-[:ATTENDED]->(e:Event)
WITH e ORDER BY e.startLow, e.name
RETURN e.name AS name, e.startDate AS startDate,
       COLLECT { MATCH (other:Person)-[:ATTENDED]->(e) WITH other ORDER BY other.name RETURN other {.id, .name} } AS attendees
