package org.majlis.feed;

import java.net.URI;
import java.time.Duration;

import org.majlis.ingest.IngestResult;

/** What a round of feed following reports as it goes: the command line prints it, the schedule only logs. */
public interface FeedListener {

	/** A feed was read; {@code items} of it have a link. */
	default void feedRead(URI feed, int items) {
	}

	/** A feed could not be fetched or read; its items were left for a later round. */
	default void feedFailed(URI feed, String reason) {
	}

	/** An item's page was ingested (or its text was already in the graph: {@code result.duplicate()}). */
	default void itemIngested(URI page, IngestResult result) {
	}

	/** An item seen before, by its GUID, link or canonical url, was not fetched again. */
	default void itemSeen(URI page) {
	}

	/** An item that failed before waits for its next try, or another instance is fetching it. */
	default void itemWaiting(URI page) {
	}

	/** An item failed; nothing was written for it, and it is tried again after {@code retryIn}. */
	default void itemFailed(URI page, String reason, Duration retryIn) {
	}
}
