// title: Topic trends by year
// question: How many events were about each topic, year by year (year null: events without a known year)?
// param: topic String = null — one topic key, or null for every topic
// usage: :param {topic: null}
MATCH (e:Event)-[:ABOUT]->(t:Topic)
WHERE $topic IS NULL OR t.key = $topic
WITH e.startLow.year AS year, t, count(DISTINCT e) AS events
RETURN year, t.key AS topic, coalesce(t.nameEn, t.name) AS name, events
ORDER BY year, events DESC, topic
