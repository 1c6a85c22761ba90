// Curation: the analysts' judgements, kept apart from the extracted data so that ingestion can apply them again.
// Every curation is recorded once; subjectText holds its subject ids "|"-delimited for the text index.
CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (n:Curation) REQUIRE n.id IS UNIQUE;
CREATE RANGE INDEX curation_at IF NOT EXISTS FOR (n:Curation) ON (n.at);
CREATE TEXT INDEX curation_subject_text IF NOT EXISTS FOR (n:Curation) ON (n.subjectText);
// A merged-away id and the node it now resolves to.
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE;
CREATE RANGE INDEX redirect_survivor IF NOT EXISTS FOR (n:Redirect) ON (n.survivor);
// A retracted fact, by its key TYPE|from|to|titleKey, with the sources that stated it.
CREATE CONSTRAINT retracted_fact_key IF NOT EXISTS FOR (n:RetractedFact) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX retracted_fact_from IF NOT EXISTS FOR (n:RetractedFact) ON (n.from);
CREATE RANGE INDEX retracted_fact_to IF NOT EXISTS FOR (n:RetractedFact) ON (n.to);
// Two nodes that are different entities, by their ids a and b (a < b).
CREATE CONSTRAINT kept_apart_key IF NOT EXISTS FOR (n:KeptApart) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX kept_apart_a IF NOT EXISTS FOR (n:KeptApart) ON (n.a);
CREATE RANGE INDEX kept_apart_b IF NOT EXISTS FOR (n:KeptApart) ON (n.b);
