// title: Sources of a fact
// question: Which articles and sentences say that a person attended an event or held an office at an organisation?
// param: person String = 'person:ahmed-naser-al-raisi' — id of the person
// param: target String = 'event:interpol-ncb-heads-conference-20' — id of the event attended or the organisation served
// usage: :param {person: 'person:ahmed-naser-al-raisi', target: 'event:interpol-ncb-heads-conference-20'}
MATCH (p:Person {id: $person})-[r:ATTENDED|HOLDS_POSITION]->(target)
WHERE target.id = $target
UNWIND range(0, size(coalesce(r.sourceIds, [])) - 1) AS i
MATCH (a:Article {id: r.sourceIds[i]})
RETURN type(r) AS fact, coalesce(r.role, r.titleEn, r.title) AS detail, a.id AS article, a.url AS url,
       a.title AS title, a.publishedAt AS publishedAt, r.quotes[i] AS quote, r.confidences[i] AS confidence
ORDER BY fact, article
