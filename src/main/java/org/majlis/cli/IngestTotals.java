package org.majlis.cli;

import java.io.PrintWriter;
import java.time.Duration;

import org.majlis.feed.FeedRound;
import org.majlis.ingest.IngestResult;

/** Running totals of an {@code ingest} run or a {@code follow} round, and its summary. */
final class IngestTotals {

	private final long started = System.nanoTime();
	private int files;
	private int added;
	private int duplicates;
	private int failed;
	private long entitiesCreated;
	private long entitiesMerged;

	void file() {
		files++;
	}

	void ingested(IngestResult result) {
		if (result.duplicate()) {
			duplicates++;
		}
		else {
			added++;
		}
		entitiesCreated += result.entitiesCreated();
		entitiesMerged += result.entitiesMerged();
	}

	void failed() {
		failed++;
	}

	int added() {
		return added;
	}

	int duplicates() {
		return duplicates;
	}

	int failures() {
		return failed;
	}

	void print(PrintWriter out) {
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
		int articles = added + duplicates + failed;
		out.printf("Ingested %,d files in %.1f s (%.1f articles/s)%n", files, seconds, articles / seconds);
		out.printf("  articles: %,d new, %,d duplicate, %,d failed%n", added, duplicates, failed);
		out.printf("  entities: %,d created, %,d merged%n", entitiesCreated, entitiesMerged);
		out.flush();
	}

	/** The summary of a {@code follow} round: feeds, then items as {@link #print} counts articles. */
	void printFollowed(PrintWriter out, FeedRound round) {
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		out.printf("Followed %,d feeds in %.1f s (%,d failed)%n", files, elapsed.toNanos() / 1e9, round.failedFeeds().size());
		out.printf("  items: %,d new, %,d duplicate, %,d failed, %,d seen before, %,d waiting for a retry%n", added, duplicates, failed,
				round.seen(), round.waiting());
		out.printf("  entities: %,d created, %,d merged%n", entitiesCreated, entitiesMerged);
		out.flush();
	}
}
