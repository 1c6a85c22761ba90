// title: Timeline of a topic
// question: Which events were about a topic, in date order (undated last), where, and organised by whom?
// param: topic String = 'cybercrime' — key of the topic
// param: since Date = null — only events ending on or after this day (null: every event, undated ones too)
// usage: :param {topic: 'cybercrime', since: null}
MATCH (:Topic {key: $topic})<-[:ABOUT]-(e:Event)
WHERE $since IS NULL OR e.endHigh >= $since
OPTIONAL MATCH (e)-[:HELD_IN]->(place:Place)
OPTIONAL MATCH (org:Organization)-[:ORGANIZED]->(e)
WITH e, place, collect(coalesce(org.nameEn, org.name)) AS organizers
RETURN e.startDate AS startDate, e.endDate AS endDate, e.id AS event, coalesce(e.nameEn, e.name) AS name,
       e.kind AS kind, coalesce(place.nameEn, place.name) AS place, organizers,
       COUNT { (:Person)-[:ATTENDED]->(e) } AS attendees
ORDER BY e.startLow, e.startDate, name
