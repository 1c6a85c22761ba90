// title: Attendance by topic
// question: Who attended which events on a topic, with the events' dates and places?
// param: topic String = 'cybercrime' — key of the topic (see the topics query)
// param: minConfidence Float = 0.0 — keep attendance read with at least this confidence (0 to 1)
// usage: :param {topic: 'cybercrime', minConfidence: 0.0}
MATCH (:Topic {key: $topic})<-[:ABOUT]-(e:Event)<-[a:ATTENDED]-(p:Person)
WHERE any(c IN coalesce(a.confidences, [1.0]) WHERE c >= $minConfidence)
OPTIONAL MATCH (e)-[:HELD_IN]->(place:Place)
RETURN e.id AS event, coalesce(e.nameEn, e.name) AS eventName, e.startDate AS startDate, e.endDate AS endDate,
       coalesce(place.nameEn, place.name) AS place, p.id AS person, coalesce(p.nameEn, p.name) AS personName,
       a.role AS role
ORDER BY e.startLow, e.startDate, eventName, personName
