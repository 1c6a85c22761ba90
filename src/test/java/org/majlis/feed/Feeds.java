package org.majlis.feed;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.util.unit.DataSize;

/** Feeds and follower settings for the tests. */
final class Feeds {

	private Feeds() {
	}

	static String rss(String... items) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>أخبار أمنية</title><link>https://outlet.example/</link><description>آخر الأخبار</description>
				%s
				</channel></rss>
				""".formatted(String.join("\n", items));
	}

	static String item(String guid, String link) {
		return "<item><title>خبر</title><link>%s</link>%s<pubDate>Wed, 15 Oct 2025 06:00:00 +0300</pubDate></item>"
			.formatted(link, guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>");
	}

	static String atom(String id, String link) {
		return """
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom"><title>الخليج الأمني</title><id>tag:gulf.example,2025:feed</id>
				<updated>2025-11-04T05:00:00Z</updated>
				<entry><title>اجتماع</title><id>%s</id><link rel="alternate" href="%s"/><updated>2025-11-04T04:30:00Z</updated></entry>
				</feed>
				""".formatted(id, link);
	}

	static FeedProperties settings(boolean allowPrivateAddresses, Duration retryDelay) {
		return schedule(List.of(), Duration.ofMinutes(30), allowPrivateAddresses, retryDelay);
	}

	static FeedProperties schedule(List<URI> feeds, Duration interval, boolean allowPrivateAddresses, Duration retryDelay) {
		return new FeedProperties(!feeds.isEmpty(), feeds, interval, Duration.ofSeconds(2), Duration.ofSeconds(2), DataSize.ofMegabytes(5), 5,
				allowPrivateAddresses, retryDelay, Duration.ofHours(1), "Majlis tests");
	}
}
