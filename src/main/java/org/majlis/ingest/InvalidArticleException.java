package org.majlis.ingest;

/** An article that cannot be ingested as given; the message says what to fix. Nothing was written. */
public class InvalidArticleException extends IllegalArgumentException {

	public InvalidArticleException(String message) {
		super(message);
	}
}
