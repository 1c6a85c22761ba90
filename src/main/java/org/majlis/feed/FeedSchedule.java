package org.majlis.feed;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The service's opt-in schedule ({@code majlis.feeds.enabled=true}): a round over {@code majlis.feeds.urls} once the
 * service runs, then one every {@code majlis.feeds.interval}, on a thread of its own. A feed that fails is skipped for
 * the retry delay, doubled with each failure in a row; the item state lives in the graph, the feeds' in memory.
 */
@Component
@ConditionalOnBooleanProperty("majlis.feeds.enabled")
class FeedSchedule implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FeedSchedule.class);

	private final FeedFollower follower;
	private final FeedProperties settings;
	private final Map<URI, FeedBackoff> backoff = new HashMap<>();
	private ScheduledExecutorService executor;

	FeedSchedule(FeedFollower follower, FeedProperties settings) {
		this.follower = follower;
		this.settings = settings;
	}

	/** A feed's failures in a row and when it is next read. */
	private record FeedBackoff(int failures, Instant next) {
	}

	@Override
	public synchronized void start() {
		executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("majlis-feeds").daemon().factory());
		executor.scheduleWithFixedDelay(this::round, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
		log.info("Following {} feeds every {}", settings.urls().size(), settings.interval());
	}

	@Override
	public synchronized void stop() {
		executor.shutdownNow();
		executor = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return executor != null;
	}

	void round() {
		try {
			Instant now = Instant.now();
			List<URI> due = settings.urls().stream().filter(feed -> !backoff.containsKey(feed) || !backoff.get(feed).next().isAfter(now)).toList();
			FeedRound round = follower.follow(due, new FeedListener() {
			});
			due.forEach(feed -> recordOutcome(feed, round.failedFeeds().contains(feed), now));
			log.info("Feeds: {} read, {} failed; items: {} new, {} duplicate, {} seen before, {} waiting, {} failed", due.size(),
					round.failedFeeds().size(), round.ingested(), round.duplicates(), round.seen(), round.waiting(), round.failed());
		}
		catch (RuntimeException ex) {
			log.warn("Feed round failed: {}", ex.getMessage());
		}
	}

	private void recordOutcome(URI feed, boolean failed, Instant now) {
		if (!failed) {
			backoff.remove(feed);
			return;
		}
		int failures = backoff.containsKey(feed) ? backoff.get(feed).failures() + 1 : 1;
		Duration wait = settings.retryDelay().multipliedBy(1L << Math.min(failures - 1, 20));
		wait = wait.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : wait;
		backoff.put(feed, new FeedBackoff(failures, now.plus(wait)));
		log.warn("Feed {} failed {} time(s) in a row; next read in {}", feed, failures, wait);
	}
}
