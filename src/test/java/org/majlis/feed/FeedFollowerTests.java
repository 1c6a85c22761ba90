package org.majlis.feed;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.majlis.EmptyStoreTest;
import org.majlis.ingest.IngestService;
import org.majlis.ingest.page.TestPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds served by a local web server, followed twice against the shared empty store: the pages of new items are ingested,
 * items seen before are not fetched again, every kind of failure is reported for its item alone and writes nothing.
 */
@EmptyStoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedFollowerTests {

	/** The people of these tests, apart from those of other tests sharing the store. */
	private static final String[] CAST = { "الغفلي", "العرياني", "البريكي", "الطنيجي", "الخييلي", "الجنيبي", "الحوسني", "الحبسي" };

	@Autowired
	FeedItems items;

	@Autowired
	IngestService ingest;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationContext context;

	private final FeedServer server = FeedServer.start();
	private final List<String> failures = new ArrayList<>();
	private FeedRound first;
	private FeedRound second;

	@BeforeAll
	void followTheFeedsTwice() {
		String agency = TestPages.withCast(TestPages.read("agency.html"), CAST);
		server.html("/news/agency", agency)
			.redirect("/go/newspaper", "/news/newspaper")
			.html("/news/newspaper", TestPages.withCast(TestPages.read("newspaper.html"), CAST))
			.html("/news/government", TestPages.withCast(TestPages.read("government.html"), CAST))
			.html("/news/today", TestPages.withCast(TestPages.read("today.html"), CAST))
			.html("/news/empty", TestPages.read("no-body.html"))
			.page("/files/report.pdf", "application/pdf", "%PDF-1.7")
			.slow("/news/slow", Duration.ofSeconds(6), agency)
			.redirect("/loop/a", "/loop/b")
			.redirect("/loop/b", "/loop/a")
			.huge("/news/huge", 50L * 1024 * 1024)
			.page("/feed.xml", "application/rss+xml; charset=utf-8", Feeds.rss(
					Feeds.item("agency-1", "/news/agency"), Feeds.item("newspaper-1", "/go/newspaper"),
					Feeds.item(null, server.uri("/news/government").toString()), Feeds.item("missing-1", "/news/missing"),
					Feeds.item("slow-1", "/news/slow"), Feeds.item("loop-1", "/loop/a"), Feeds.item("huge-1", "/news/huge"),
					Feeds.item("empty-1", "/news/empty"), Feeds.item("pdf-1", "/files/report.pdf"), Feeds.item("agency-again", "/news/agency")))
			.page("/atom.xml", "application/atom+xml", Feeds.atom("tag:gulf.example,2025:today", "/news/today"))
			.page("/not-a-feed", "text/plain", "هذه ليست خلاصة أخبار")
			.page("/xxe.xml", "application/rss+xml", """
					<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
					<rss version="2.0"><channel><title>&secret;</title><item><link>/news/agency</link></item></channel></rss>""");
		FeedFollower follower = follower(true, Duration.ofMinutes(10));
		List<URI> feeds = List.of(server.uri("/not-a-feed"), server.uri("/feed.xml"), server.uri("/xxe.xml"), server.uri("/atom.xml"));
		first = follower.follow(feeds, new Recorder(failures));
		second = follower.follow(feeds, new Recorder(new ArrayList<>()));
	}

	@AfterAll
	void stopTheServer() {
		server.close();
	}

	@Test
	void shouldIngestTheNewItemsOfRssAndAtomFeeds() {
		assertThat(first.ingested()).isEqualTo(3);
		assertThat(first.duplicates()).as("the newspaper page holds the agency's text").isEqualTo(1);
		assertThat(first.seen()).as("a second item with the agency's link").isEqualTo(1);
		assertThat(neo4j.query("MATCH (a:Article) WHERE a.url STARTS WITH $base RETURN a.url ORDER BY a.url").bind(server.uri("/").toString())
			.to("base").fetchAs(String.class).all()).as("the agency's canonical url, relative to its page; the others' own")
			.containsExactly(server.uri("/ar/news/2025/10/15/zaabi-interpol").toString(), server.uri("/news/government").toString(),
					server.uri("/news/today").toString());
	}

	@Test
	void shouldReportEachFailingItemAndFeedAndGoOn() {
		assertThat(first.failed()).isEqualTo(6);
		assertThat(first.failedFeeds()).containsExactly(server.uri("/not-a-feed"), server.uri("/xxe.xml"));
		assertThat(failures).anySatisfy(line -> assertThat(line).contains("/news/missing", "HTTP 404"))
			.anySatisfy(line -> assertThat(line).contains("/news/slow", "no full answer within 2 s"))
			.anySatisfy(line -> assertThat(line).contains("/loop/a", "redirect loop"))
			.anySatisfy(line -> assertThat(line).contains("/news/huge", "larger than the limit of 5,242,880 bytes"))
			.anySatisfy(line -> assertThat(line).contains("/news/empty", "no article body"))
			.anySatisfy(line -> assertThat(line).contains("/files/report.pdf", "is not a web page (Content-Type application/pdf)"))
			.anySatisfy(line -> assertThat(line).contains("/not-a-feed", "is not an RSS or Atom feed"))
			.anySatisfy(line -> assertThat(line).contains("/xxe.xml", "is not an RSS or Atom feed"));
	}

	@Test
	void shouldWriteNothingForAFailedItemButItsRetryTime() {
		assertThat(count("MATCH (a:Article) WHERE a.url CONTAINS '/news/missing' OR a.url CONTAINS '/loop/' OR a.url CONTAINS '/news/huge' "
				+ "OR a.url CONTAINS '/news/empty' OR a.url CONTAINS '/news/slow' RETURN count(a)", "none", "")).isZero();
		assertThat(count("MATCH (i:FeedItem {status: 'failed', attempts: 1}) WHERE i.retryAt > datetime() + duration('PT9M') RETURN count(i)",
				"none", "")).isEqualTo(6);
	}

	@Test
	void shouldNotFetchItemsSeenBeforeNorRetryBeforeTheirTime() {
		assertThat(second.ingested() + second.duplicates() + second.failed()).isZero();
		assertThat(second.seen()).isEqualTo(5);
		assertThat(second.waiting()).isEqualTo(6);
		assertThat(server.hits("/news/agency")).isEqualTo(1);
		assertThat(server.hits("/news/missing")).isEqualTo(1);
	}

	@Test
	void shouldResolveTodayFromThePagesOwnTimestamp() {
		assertThat(neo4j.query("MATCH (p:Person)-[:ATTENDED]->(e:Event) WHERE p.name CONTAINS 'الحبسي' RETURN toString(e.startDate)")
			.fetchAs(String.class).all()).containsExactly("2025-11-03");
	}

	@Test
	void shouldRetryAFailedItemOnceItsDelayIsOver() throws InterruptedException {
		server.flaky("/news/flaky", 1, TestPages.withCast(TestPages.read("agency.html"), CAST));
		server.page("/flaky.xml", "application/rss+xml", Feeds.rss(Feeds.item("flaky-1", "/news/flaky")));
		FeedFollower follower = follower(true, Duration.ofMillis(50));
		FeedRound failing = follower.follow(List.of(server.uri("/flaky.xml")), new FeedListener() {
		});
		Thread.sleep(200);
		FeedRound retried = follower.follow(List.of(server.uri("/flaky.xml")), new FeedListener() {
		});
		assertThat(failing.failed()).isEqualTo(1);
		assertThat(retried.failed()).isZero();
		assertThat(retried.seen()).as("the agency's canonical url, ingested before").isEqualTo(1);
		assertThat(count("MATCH (i:FeedItem {key: $key, status: 'done', attempts: 1}) RETURN count(i)", "key",
				server.uri("/flaky.xml") + "#flaky-1")).isEqualTo(1);
	}

	@Test
	void shouldRefuseLoopbackAddressesUnlessAllowed() {
		List<String> reasons = new ArrayList<>();
		FeedRound round = follower(false, Duration.ofMinutes(10)).follow(List.of(server.uri("/feed.xml")), new Recorder(reasons));
		assertThat(round.failedFeeds()).hasSize(1);
		assertThat(reasons).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("127.0.0.1 is a loopback address", "majlis.feeds.allow-private-addresses");
	}

	@Test
	void shouldLeaveTheScheduleOffByDefault() {
		assertThat(context.getBeansOfType(FeedSchedule.class)).isEmpty();
	}

	@Test
	void shouldFollowTheConfiguredFeedsOnScheduleAndLeaveAFailingFeedAloneForItsRetryDelay() throws InterruptedException {
		server.page("/scheduled.xml", "application/rss+xml", Feeds.rss(Feeds.item("scheduled-1", "/news/agency")));
		FeedProperties settings = Feeds.schedule(List.of(server.uri("/scheduled.xml"), server.uri("/no-such-feed.xml")), Duration.ofMillis(100),
				true, Duration.ofHours(1));
		FeedSchedule schedule = new FeedSchedule(new FeedFollower(new PageFetcher(settings), items, ingest, settings), settings);
		schedule.start();
		try {
			for (int wait = 0; wait < 100 && server.hits("/scheduled.xml") < 3; wait++) {
				Thread.sleep(100);
			}
		}
		finally {
			schedule.stop();
		}
		assertThat(server.hits("/scheduled.xml")).isGreaterThanOrEqualTo(3);
		assertThat(server.hits("/no-such-feed.xml")).isEqualTo(1);
		assertThat(server.hits("/news/agency")).as("seen before").isEqualTo(1);
	}

	private FeedFollower follower(boolean allowPrivate, Duration retryDelay) {
		FeedProperties settings = Feeds.settings(allowPrivate, retryDelay);
		return new FeedFollower(new PageFetcher(settings), items, ingest, settings);
	}

	private long count(String cypher, String name, String value) {
		return neo4j.query(cypher).bindAll(Map.of(name, value)).fetchAs(Long.class).one().orElseThrow();
	}

	/** Keeps each failure as the command line prints it. */
	private record Recorder(List<String> lines) implements FeedListener {

		@Override
		public void feedFailed(URI feed, String reason) {
			lines.add(feed + ": " + reason);
		}

		@Override
		public void itemFailed(URI page, String reason, Duration retryIn) {
			lines.add(page + ": " + reason);
		}
	}
}
