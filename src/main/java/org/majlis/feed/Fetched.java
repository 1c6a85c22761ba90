package org.majlis.feed;

import java.net.URI;

/**
 * A fetched answer: where it was found after redirects, its bytes and content type.
 *
 * @param charset the charset the Content-Type header names, or null
 */
record Fetched(URI uri, byte[] body, String contentType, String charset) {
}
