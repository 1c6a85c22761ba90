// 4. Search by an Arabic name as typed without hamza: the arabic analyzer folds hamza; every word must match.
CALL db.index.fulltext.queryNodes('names_arabic', $lucene) YIELD node, score
RETURN node.id AS id, node.name AS name, score
LIMIT 20
