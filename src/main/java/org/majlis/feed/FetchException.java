package org.majlis.feed;

/** A feed or page that could not be fetched or read; the message says why, in a line fit for a log or a terminal. */
class FetchException extends Exception {

	FetchException(String message) {
		super(message);
	}
}
