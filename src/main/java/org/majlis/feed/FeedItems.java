package org.majlis.feed;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The state of feed items in the graph ({@code :FeedItem}): an item is claimed before its page is fetched (a lease, so that
 * two instances do not fetch it at once), then done, or failed with the time of its next try, which doubles with each
 * failure up to the longest retry delay.
 */
@Component
class FeedItems {

	/** What a claim found. */
	enum Claim {
		/** The item is this round's to fetch. */
		CLAIMED,
		/** Done before, under this key or, by its link, under another. */
		SEEN,
		/** Failed, and its next try is later; or being fetched by another round. */
		WAITING
	}

	/** How long a claimed item stays another round's: longer than any fetch and ingestion takes. */
	private static final Duration LEASE = Duration.ofMinutes(10);

	private final Neo4jClient neo4j;

	FeedItems(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Claim claim(FeedEntry entry, String feed) {
		String outcome = neo4j.query("""
				OPTIONAL MATCH (other:FeedItem {status: 'done'}) WHERE other.key <> $key AND (other.url = $url OR other.canonicalUrl = $url)
				WITH count(other) > 0 AS seenElsewhere
				MERGE (i:FeedItem {key: $key})
				ON CREATE SET i.status = 'new', i.attempts = 0, i.url = $url, i.feed = $feed, i.title = $title, i.firstSeenAt = datetime()
				SET i.lastSeenAt = datetime()
				WITH i, CASE
				  WHEN i.status = 'done' OR seenElsewhere THEN 'SEEN'
				  WHEN i.retryAt IS NOT NULL AND i.retryAt > datetime() THEN 'WAITING'
				  ELSE 'CLAIMED' END AS outcome
				SET i.status = CASE outcome WHEN 'CLAIMED' THEN 'fetching' WHEN 'SEEN' THEN 'done' ELSE i.status END,
				    i.retryAt = CASE outcome WHEN 'CLAIMED' THEN datetime() + duration({seconds: $lease}) ELSE i.retryAt END
				RETURN outcome
				""")
			.bindAll(parameters("key", entry.key(), "url", entry.link().toString(), "feed", feed, "title", entry.title(), "lease",
					LEASE.toSeconds()))
			.fetchAs(String.class).one().orElseThrow();
		return Claim.valueOf(outcome);
	}

	/** Whether another item, done, has this canonical url. */
	boolean seenElsewhere(FeedEntry entry, String canonicalUrl) {
		return neo4j.query("""
				MATCH (other:FeedItem {status: 'done'}) WHERE other.key <> $key AND (other.canonicalUrl = $url OR other.url = $url)
				RETURN count(other) > 0
				""").bindAll(Map.of("key", entry.key(), "url", canonicalUrl)).fetchAs(Boolean.class).one().orElse(false);
	}

	void done(FeedEntry entry, String canonicalUrl, String articleId) {
		neo4j.query("""
				MATCH (i:FeedItem {key: $key})
				SET i.status = 'done', i.canonicalUrl = $canonicalUrl, i.articleId = $articleId, i.doneAt = datetime(),
				    i.retryAt = null, i.error = null
				""").bindAll(parameters("key", entry.key(), "canonicalUrl", canonicalUrl, "articleId", articleId)).run();
	}

	/** Records a failure and answers how long until the next try. */
	Duration failed(FeedEntry entry, String error, Duration firstDelay, Duration maxDelay) {
		long millis = neo4j.query("""
				MATCH (i:FeedItem {key: $key})
				SET i.status = 'failed', i.attempts = coalesce(i.attempts, 0) + 1, i.error = $error, i.failedAt = datetime()
				WITH i, $first * 2.0 ^ (i.attempts - 1) AS delay
				WITH i, toInteger(CASE WHEN delay > $max THEN $max ELSE delay END) AS delay
				SET i.retryAt = datetime() + duration({milliseconds: delay})
				RETURN delay
				""").bindAll(Map.of("key", entry.key(), "error", error, "first", firstDelay.toMillis(), "max", maxDelay.toMillis()))
			.fetchAs(Long.class).one().orElse(firstDelay.toMillis());
		return Duration.ofMillis(millis);
	}

	/** Parameters by name, some of which may be null (which {@link Map#of} refuses). */
	private static Map<String, Object> parameters(Object... keysAndValues) {
		Map<String, Object> parameters = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return parameters;
	}
}
