package org.majlis.feed;

import java.net.URI;

/**
 * One item of a feed.
 *
 * @param key what identifies the item across rounds: its GUID (Atom id), made unique by the feed's url when it is not
 * itself a url or urn, else its link
 * @param link the item's page, resolved against the feed's url
 */
record FeedEntry(String key, URI link, String title) {
}
