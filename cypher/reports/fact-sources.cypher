// title: Sources of a fact
// question: Which articles and sentences say that a person attended an event or held an office at an organisation, including facts an analyst retracted (retractedBy names the curation)?
// param: person String = 'person:ahmed-naser-al-raisi' — id of the person
// param: target String = 'event:interpol-ncb-heads-conference-20' — id of the event attended or the organisation served
// usage: :param {person: 'person:ahmed-naser-al-raisi', target: 'event:interpol-ncb-heads-conference-20'}
CALL () {
  MATCH (p:Person {id: $person})-[r:ATTENDED|HOLDS_POSITION]->(target)
  WHERE target.id = $target
  UNWIND range(0, size(coalesce(r.sourceIds, [])) - 1) AS i
  MATCH (a:Article {id: r.sourceIds[i]})
  RETURN type(r) AS fact, coalesce(r.role, r.titleEn, r.title) AS detail, a AS article, r.quotes[i] AS quote,
         r.confidences[i] AS confidence, null AS retractedBy
  UNION ALL
  MATCH (f:RetractedFact {from: $person})
  WHERE f.to = $target AND f.type IN ['ATTENDED', 'HOLDS_POSITION']
  UNWIND range(0, size(f.sourceIds) - 1) AS i
  MATCH (a:Article {id: f.sourceIds[i]})
  RETURN f.type AS fact, coalesce(f.role, f.title) AS detail, a AS article, f.quotes[i] AS quote,
         f.confidences[i] AS confidence, f.curation AS retractedBy
}
RETURN fact, detail, article.id AS article, article.url AS url, article.title AS title, article.publishedAt AS publishedAt,
       quote, confidence, retractedBy
ORDER BY fact, article
