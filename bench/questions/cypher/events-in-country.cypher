// 6. Events between two dates in one country (held there or in one of its cities), 50 per page; the benchmark
// asks page after page until one comes back short.
MATCH (:Place {id: $country})<-[:IN_COUNTRY*0..1]-(place:Place)<-[:HELD_IN]-(e:Event)
WHERE e.endHigh >= $from AND e.startLow <= $to
WITH e, place ORDER BY e.startLow, e.name, e.id SKIP $offset LIMIT 50
RETURN e.id AS id, e.name AS name, e.startDate AS startDate, place.name AS location
