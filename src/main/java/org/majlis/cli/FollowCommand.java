package org.majlis.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.majlis.feed.FeedFollower;
import org.majlis.feed.FeedListener;
import org.majlis.feed.FeedRound;
import org.majlis.ingest.IngestResult;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code follow FEED_URL...}: one round over RSS or Atom feeds through the service's {@link FeedFollower}: every item not
 * seen before is fetched and its page ingested; a failed item or feed is reported and the round goes on.
 */
@Command(name = "follow", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Reads RSS 2.0 or Atom feeds once and ingests the page of every item not seen before, through the same "
				+ "pipeline as ingest. Items seen before (by GUID, link, canonical url or text) are not fetched again; a failed "
				+ "item is tried again by a later run after a delay that doubles with each failure (majlis.feeds.retry-delay).",
				"Fetching obeys the majlis.feeds.* settings: connect-timeout, read-timeout, max-page-size, max-redirects, "
						+ "allow-private-addresses (loopback and private addresses are refused unless it is true).",
				"Exit code: 0 nothing failed, 1 a feed or an item failed, 2 usage error." },
		footer = "%nSpring settings pass through, e.g. --majlis.neo4j.embedded.data-dir=./data or --majlis.feeds.read-timeout=10s.")
class FollowCommand implements SpringCommand {

	@Parameters(arity = "1..*", paramLabel = "FEED_URL", description = "http or https urls of RSS 2.0 or Atom feeds.")
	List<URI> feeds;

	@Spec
	CommandSpec spec;

	@Override
	public void validate() {
		for (URI feed : feeds) {
			if (!feed.isAbsolute() || !List.of("http", "https").contains(feed.getScheme()) || feed.getHost() == null) {
				throw new ParameterException(spec.commandLine(), "Not an http or https url: " + feed);
			}
		}
	}

	@Override
	public Map<String, String> springDefaults(Predicate<String> given) {
		// the command prints each failure itself; the follower's log lines would repeat them
		return given.test("logging.level.org.majlis.feed") ? Map.of() : Map.of("logging.level.org.majlis.feed", "ERROR");
	}

	@Override
	public int run(ConfigurableApplicationContext context) {
		PrintWriter out = spec.commandLine().getOut();
		// a line per feed, on a terminal too: a round is a few feeds, each reported as it is read
		Progress progress = new Progress(spec.commandLine().getErr(), false, feeds.size(), "feeds");
		IngestTotals totals = new IngestTotals();
		FeedRound round = context.getBean(FeedFollower.class).follow(feeds, new Report(progress, totals));
		progress.finish();
		totals.printFollowed(out, round);
		return round.failedFeeds().isEmpty() && round.failed() == 0 ? 0 : 1;
	}

	/** Prints each feed and failure as it comes, and counts what was ingested. */
	private static final class Report implements FeedListener {

		private final Progress progress;
		private final IngestTotals totals;
		private int feedsDone;

		Report(Progress progress, IngestTotals totals) {
			this.progress = progress;
			this.totals = totals;
		}

		@Override
		public void feedRead(URI feed, int items) {
			totals.file();
			progress.message("Feed " + feed + ": " + items + " items");
			progress.update(++feedsDone);
		}

		@Override
		public void feedFailed(URI feed, String reason) {
			totals.file();
			progress.message("FAILED feed " + feed + ": " + reason);
			progress.update(++feedsDone);
		}

		@Override
		public void itemIngested(URI page, IngestResult result) {
			totals.ingested(result);
		}

		@Override
		public void itemFailed(URI page, String reason, Duration retryIn) {
			totals.failed();
			progress.message("FAILED " + page + ": " + reason + " (next try after " + retryIn.toString().substring(2).toLowerCase(Locale.ROOT) + ")");
		}
	}
}
