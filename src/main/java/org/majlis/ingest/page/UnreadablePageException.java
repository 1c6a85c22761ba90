package org.majlis.ingest.page;

/** A page that holds no article to read; the message says why. */
public class UnreadablePageException extends IllegalArgumentException {

	public UnreadablePageException(String message) {
		super(message);
	}
}
