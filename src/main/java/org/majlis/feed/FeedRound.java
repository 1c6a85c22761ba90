package org.majlis.feed;

import java.net.URI;
import java.util.List;

/**
 * What one round over the feeds did.
 *
 * @param failedFeeds the feeds that could not be fetched or read
 * @param ingested items whose page was ingested as a new article
 * @param duplicates items whose page held an article already in the graph
 * @param seen items not fetched because they were seen before
 * @param waiting items not fetched because their retry is later
 * @param failed items that failed this round
 */
public record FeedRound(int feeds, List<URI> failedFeeds, int ingested, int duplicates, int seen, int waiting, int failed) {
}
