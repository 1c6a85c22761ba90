// title: Events without a known date or place
// question: Which events lack a date or a place (data quality), and what is missing?
// param: requireYear Boolean = false — also list events whose date has no year (--11-24)
// usage: :param {requireYear: false}
MATCH (e:Event)
OPTIONAL MATCH (e)-[:HELD_IN]->(place:Place)
WITH e, place,
     [problem IN [CASE WHEN e.startDate IS NULL THEN 'no date' END,
                  CASE WHEN e.startDate IS NOT NULL AND e.startLow IS NULL AND $requireYear THEN 'no year' END,
                  CASE WHEN place IS NULL THEN 'no place' END] WHERE problem IS NOT NULL] AS missing
WHERE size(missing) > 0
RETURN e.id AS event, coalesce(e.nameEn, e.name) AS name, e.kind AS kind, e.virtual AS virtual,
       e.startDate AS startDate, coalesce(place.nameEn, place.name) AS place, missing
ORDER BY name
