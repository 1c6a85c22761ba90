// title: Office holders of an organisation
// question: Who held which office at an organisation, and when (undated holdings first)?
// param: organization String = 'org:interpol' — id of the organisation
// param: includeParts Boolean = false — also offices at its parts (directorates, bureaus)
// usage: :param {organization: 'org:interpol', includeParts: false}
MATCH (p:Person)-[h:HOLDS_POSITION]->(unit:Organization)-[:PART_OF*0..5]->(o:Organization {id: $organization})
WHERE $includeParts OR unit = o
RETURN coalesce(unit.nameEn, unit.name) AS organization, coalesce(h.titleEn, h.title) AS title, h.title AS titleAr,
       p.id AS person, coalesce(p.nameEn, p.name) AS name, h.from AS since, h.to AS until, h.sourceIds AS articles
ORDER BY h.from IS NOT NULL, h.from, organization, title, name
