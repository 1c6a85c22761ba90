/**
 * Following news feeds: reads RSS 2.0 and Atom feeds, fetches each new item's page over HTTP (timeouts, a size limit,
 * redirects followed by hand with every hop's address checked) and ingests it through the page path of ingestion. Which
 * items were seen lives in the graph as {@code :FeedItem} nodes, so a restart or a second instance does not fetch them
 * again; a failed item is retried later with exponential back-off. The {@code follow} command runs it once; the service
 * runs it on a schedule when {@code majlis.feeds.enabled} is set.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feeds")
package org.majlis.feed;
