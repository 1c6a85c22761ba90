package org.majlis.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the items of an RSS 2.0 or Atom feed with ROME. DOCTYPE declarations are refused (ROME's default, set here
 * explicitly), so a feed cannot make the parser read files or urls through external entities.
 */
final class FeedReader {

	private static final Logger log = LoggerFactory.getLogger(FeedReader.class);

	private FeedReader() {
	}

	static List<FeedEntry> entries(Fetched feed) throws FetchException {
		SyndFeedInput input = new SyndFeedInput();
		input.setAllowDoctypes(false);
		try (XmlReader xml = new XmlReader(new ByteArrayInputStream(feed.body()), feed.contentType(), true)) {
			List<FeedEntry> entries = new ArrayList<>();
			for (SyndEntry entry : input.build(xml).getEntries()) {
				entry(feed.uri(), entry, entries);
			}
			return entries;
		}
		catch (FeedException | IllegalArgumentException | IOException ex) {
			throw new FetchException("%s is not an RSS or Atom feed: %s".formatted(feed.uri(), ex.getMessage()));
		}
	}

	private static void entry(URI feed, SyndEntry entry, List<FeedEntry> entries) {
		String link = entry.getLink() != null ? entry.getLink().strip() : null;
		if (link == null || link.isEmpty()) {
			return;
		}
		URI page;
		try {
			page = feed.resolve(link);
		}
		catch (IllegalArgumentException ex) {
			log.warn("Feed {}: item link {} is not a url, skipped", feed, link);
			return;
		}
		// ROME gives an RSS item without a GUID its link as uri
		String guid = entry.getUri() != null && !entry.getUri().isBlank() && !entry.getUri().strip().equals(link) ? entry.getUri().strip() : null;
		String key = guid == null ? page.toString() : guid.contains("://") || guid.startsWith("urn:") || guid.startsWith("tag:") ? guid
				: feed + "#" + guid;
		entries.add(new FeedEntry(key, page, entry.getTitle()));
	}
}
