// Range indexes on what the GraphQL filters and the explorer sort and filter by.
CREATE RANGE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE RANGE INDEX event_start_low IF NOT EXISTS FOR (n:Event) ON (n.startLow);
CREATE RANGE INDEX event_end_high IF NOT EXISTS FOR (n:Event) ON (n.endHigh);
CREATE RANGE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE RANGE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE RANGE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE RANGE INDEX place_kind IF NOT EXISTS FOR (n:Place) ON (n.kind);
CREATE RANGE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE RANGE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE RANGE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
// matchText holds every name and alias of a node in normalised form, "|"-delimited: name filters and
// entity resolution look words up in it with CONTAINS, which text indexes answer.
CREATE TEXT INDEX person_match_text IF NOT EXISTS FOR (n:Person) ON (n.matchText);
CREATE TEXT INDEX organization_match_text IF NOT EXISTS FOR (n:Organization) ON (n.matchText);
CREATE TEXT INDEX place_match_text IF NOT EXISTS FOR (n:Place) ON (n.matchText);
CREATE TEXT INDEX event_match_text IF NOT EXISTS FOR (n:Event) ON (n.matchText);
