// title: People at events in a country
// question: Who was present at events held in a country (in the country or in one of its cities)?
// param: country String = 'place:morocco' — id of the country (or of a city)
// param: minConfidence Float = 0.0 — keep attendance read with at least this confidence (0 to 1)
// usage: :param {country: 'place:morocco', minConfidence: 0.0}
MATCH (p:Person)-[a:ATTENDED]->(e:Event)-[:HELD_IN]->(place:Place)-[:IN_COUNTRY*0..1]->(:Place {id: $country})
WHERE any(c IN coalesce(a.confidences, [1.0]) WHERE c >= $minConfidence)
RETURN p.id AS person, coalesce(p.nameEn, p.name) AS name, a.role AS role, e.id AS event,
       coalesce(e.nameEn, e.name) AS eventName, e.startDate AS startDate, coalesce(place.nameEn, place.name) AS place
ORDER BY name, e.startLow, eventName
