// Full-text search over names and aliases: Neo4j's Arabic analyzer folds hamza, diacritics and the article;
// a second index serves English names and acronyms.
CREATE FULLTEXT INDEX names_arabic IF NOT EXISTS
FOR (n:Person|Organization|Place|Event|Topic) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
CREATE FULLTEXT INDEX names_english IF NOT EXISTS
FOR (n:Person|Organization|Place|Event|Topic) ON EACH [n.nameEn, n.acronym]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
