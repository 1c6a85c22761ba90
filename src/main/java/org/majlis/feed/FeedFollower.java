package org.majlis.feed;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.majlis.ingest.IngestArticleInput;
import org.majlis.ingest.IngestResult;
import org.majlis.ingest.IngestService;
import org.majlis.ingest.InvalidArticleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Follows feeds: reads each, and for each item not seen before fetches its page and ingests its article through the page
 * path of {@link IngestService}. A failing feed or item is logged and reported, and never stops the others.
 */
@Service
@EnableConfigurationProperties(FeedProperties.class)
public class FeedFollower {

	private static final Logger log = LoggerFactory.getLogger(FeedFollower.class);

	private final PageFetcher fetcher;
	private final FeedItems items;
	private final IngestService ingest;
	private final FeedProperties settings;

	FeedFollower(PageFetcher fetcher, FeedItems items, IngestService ingest, FeedProperties settings) {
		this.fetcher = fetcher;
		this.items = items;
		this.ingest = ingest;
		this.settings = settings;
	}

	/** One round over the feeds, in order. */
	public FeedRound follow(List<URI> feeds, FeedListener listener) {
		Tally tally = new Tally(listener);
		List<URI> failedFeeds = new ArrayList<>();
		for (URI feed : feeds) {
			try {
				List<FeedEntry> entries = FeedReader.entries(fetcher.fetch(feed));
				listener.feedRead(feed, entries.size());
				entries.forEach(entry -> item(feed, entry, tally));
			}
			catch (FetchException ex) {
				feedFailed(feed, ex.getMessage(), listener, failedFeeds);
			}
			catch (RuntimeException ex) {
				log.warn("Feed {} failed unexpectedly", feed, ex);
				feedFailed(feed, ex.getClass().getSimpleName() + ": " + ex.getMessage(), listener, failedFeeds);
			}
		}
		return new FeedRound(feeds.size(), failedFeeds, tally.ingested, tally.duplicates, tally.seen, tally.waiting, tally.failed);
	}

	private static void feedFailed(URI feed, String reason, FeedListener listener, List<URI> failedFeeds) {
		log.warn("Feed {} failed: {}", feed, reason);
		failedFeeds.add(feed);
		listener.feedFailed(feed, reason);
	}

	private void item(URI feed, FeedEntry entry, Tally tally) {
		switch (items.claim(entry, feed.toString())) {
			case SEEN -> tally.seen(entry.link());
			case WAITING -> tally.waiting(entry.link());
			case CLAIMED -> fetchAndIngest(entry, tally);
		}
	}

	private void fetchAndIngest(FeedEntry entry, Tally tally) {
		try {
			Fetched page = fetcher.fetch(entry.link());
			if (page.contentType() != null && !page.contentType().toLowerCase(Locale.ROOT).contains("html")) {
				throw new FetchException("%s is not a web page (Content-Type %s)".formatted(page.uri(), page.contentType()));
			}
			IngestArticleInput article = ingest.readPage(page.body(), page.charset(), page.uri().toString());
			if (article.url() != null && items.seenElsewhere(entry, article.url())) {
				items.done(entry, article.url(), null);
				tally.seen(entry.link());
				return;
			}
			IngestResult result = ingest.ingest(article);
			items.done(entry, article.url(), result.articleId());
			tally.ingested(entry.link(), result);
		}
		catch (FetchException | InvalidArticleException ex) {
			failed(entry, ex.getMessage(), tally);
		}
		catch (RuntimeException ex) {
			log.warn("Feed item {} failed unexpectedly", entry.link(), ex);
			failed(entry, ex.getClass().getSimpleName() + ": " + ex.getMessage(), tally);
		}
	}

	private void failed(FeedEntry entry, String reason, Tally tally) {
		Duration retryIn = settings.retryDelay();
		try {
			retryIn = items.failed(entry, reason, settings.retryDelay(), settings.maxRetryDelay());
		}
		catch (RuntimeException ex) {
			log.warn("Feed item {}: its failure could not be recorded: {}", entry.link(), ex.getMessage());
		}
		log.warn("Feed item {} failed, next try in {}: {}", entry.link(), retryIn, reason);
		tally.failed(entry.link(), reason, retryIn);
	}

	/** Counts a round's items as it reports them. */
	private static final class Tally {

		private final FeedListener listener;
		private int ingested;
		private int duplicates;
		private int seen;
		private int waiting;
		private int failed;

		Tally(FeedListener listener) {
			this.listener = listener;
		}

		void ingested(URI page, IngestResult result) {
			if (result.duplicate()) {
				duplicates++;
			}
			else {
				ingested++;
			}
			listener.itemIngested(page, result);
		}

		void seen(URI page) {
			seen++;
			listener.itemSeen(page);
		}

		void waiting(URI page) {
			waiting++;
			listener.itemWaiting(page);
		}

		void failed(URI page, String reason, Duration retryIn) {
			failed++;
			listener.itemFailed(page, reason, retryIn);
		}
	}
}
