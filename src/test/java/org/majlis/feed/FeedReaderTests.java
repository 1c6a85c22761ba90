package org.majlis.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Items of RSS 2.0 and Atom feeds, keyed by GUID or link, and what is not a feed. */
class FeedReaderTests {

	private static final URI FEED = URI.create("https://outlet.example/rss/security.xml");

	@Test
	void shouldKeyRssItemsByGuidMadeUniqueByTheFeedAndResolveRelativeLinks() throws FetchException {
		var entries = FeedReader.entries(fetched(Feeds.rss(Feeds.item("4711", "/news/4711.html"),
				Feeds.item("https://outlet.example/news/4712", "https://outlet.example/news/4712.html"), Feeds.item(null, "/news/4713.html"),
				"<item><title>بلا رابط</title></item>")));
		assertThat(entries).extracting(FeedEntry::key).containsExactly(FEED + "#4711", "https://outlet.example/news/4712",
				"https://outlet.example/news/4713.html");
		assertThat(entries).extracting(FeedEntry::link).containsExactly(URI.create("https://outlet.example/news/4711.html"),
				URI.create("https://outlet.example/news/4712.html"), URI.create("https://outlet.example/news/4713.html"));
	}

	@Test
	void shouldKeyAtomEntriesByTheirId() throws FetchException {
		assertThat(FeedReader.entries(fetched(Feeds.atom("tag:outlet.example,2025:99", "/news/99.html"))))
			.singleElement().satisfies(entry -> {
				assertThat(entry.key()).isEqualTo("tag:outlet.example,2025:99");
				assertThat(entry.link()).isEqualTo(URI.create("https://outlet.example/news/99.html"));
			});
	}

	@Test
	void shouldRefuseWhatIsNotAFeedAndDoctypesWithEntities() {
		assertThatThrownBy(() -> FeedReader.entries(fetched("<html><body>ليست خلاصة</body></html>")))
			.isInstanceOf(FetchException.class).hasMessageContaining("is not an RSS or Atom feed");
		assertThatThrownBy(() -> FeedReader.entries(fetched("""
				<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]>
				<rss version="2.0"><channel><title>&x;</title></channel></rss>""")))
			.isInstanceOf(FetchException.class).hasMessageContaining("is not an RSS or Atom feed");
	}

	private static Fetched fetched(String xml) {
		return new Fetched(FEED, xml.getBytes(StandardCharsets.UTF_8), "application/xml", null);
	}
}
