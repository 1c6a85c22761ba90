// Feed items seen by the feed follower, by key (the item's GUID, else its link), so that no item is fetched twice, across
// restarts and instances; url and canonicalUrl find an item seen under another key.
CREATE CONSTRAINT feed_item_key IF NOT EXISTS FOR (n:FeedItem) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX feed_item_url IF NOT EXISTS FOR (n:FeedItem) ON (n.url);
CREATE RANGE INDEX feed_item_canonical_url IF NOT EXISTS FOR (n:FeedItem) ON (n.canonicalUrl);
