// Not a report: a query that writes, to show the runner refuses it.
MATCH (p:Person {id: 'person:jurgen-stock'})
DETACH DELETE p
CREATE (:Person {id: 'person:intruder', name: 'intruder'})
RETURN count(*) AS changed
