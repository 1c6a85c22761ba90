// 1. Events on a topic, earliest first, with their place and their attendees' offices (the headline query).
MATCH (:Topic {key: $topic})<-[:ABOUT]-(e:Event)
WITH e ORDER BY e.startLow, e.name, e.id LIMIT 50
OPTIONAL MATCH (e)-[:HELD_IN]->(place:Place)
RETURN e.name AS name, e.nameEn AS nameEn, e.kind AS kind, e.startDate AS startDate, e.endDate AS endDate,
       place {.name, .nameEn} AS location,
       COLLECT {
         MATCH (p:Person)-[:ATTENDED]->(e)
         WITH p ORDER BY p.name
         RETURN p {.name, .nameEn,
                   positions: COLLECT { MATCH (p)-[h:HOLDS_POSITION]->(o:Organization)
                                        RETURN {title: h.title, organization: o {.name, .nameEn}} }}
       } AS attendees
ORDER BY e.startLow, e.name, e.id
