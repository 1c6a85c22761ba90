// 3. An organisation's offices and who held them, most recent first.
MATCH (:Organization {id: $id})<-[h:HOLDS_POSITION]-(p:Person)
RETURN h.title AS title, h.titleEn AS titleEn, h.from AS from, h.to AS to, p {.id, .name} AS person
ORDER BY coalesce(h.to, h.from) DESC, h.from DESC
