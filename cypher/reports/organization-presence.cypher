// title: Organisations' presence across events
// question: At how many events was each organisation present, as organiser or through its office holders (of it or of its parts)?
// param: minEvents Integer = 1 — leave out organisations present at fewer events
// usage: :param {minEvents: 1}
MATCH (o:Organization)
OPTIONAL MATCH (o)-[:ORGANIZED]->(organized:Event)
WITH o, collect(DISTINCT organized) AS organizedEvents
OPTIONAL MATCH (o)<-[:PART_OF*0..5]-(:Organization)<-[:HOLDS_POSITION]-(:Person)-[:ATTENDED]->(attended:Event)
WITH o, organizedEvents, collect(DISTINCT attended) AS attendedEvents
WITH o, organizedEvents, attendedEvents,
     reduce(acc = [], e IN organizedEvents + attendedEvents | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS present
WHERE size(present) >= $minEvents
RETURN o.id AS organization, coalesce(o.nameEn, o.name) AS name, size(present) AS events,
       size(organizedEvents) AS organized, size(attendedEvents) AS attendedByOfficials,
       [e IN present | coalesce(e.nameEn, e.name)] AS eventNames
ORDER BY events DESC, name
