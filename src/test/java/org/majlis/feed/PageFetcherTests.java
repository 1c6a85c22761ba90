package org.majlis.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Redirects followed by hand, up to the setting, against a server on 127.0.0.1. */
class PageFetcherTests {

	private static final FeedServer SERVER = FeedServer.start();
	private static final PageFetcher FETCHER = new PageFetcher(Feeds.settings(true, Duration.ofMinutes(5)));

	@AfterAll
	static void stop() {
		FETCHER.close();
		SERVER.close();
	}

	@Test
	void shouldFollowRedirectsAndTellWhereThePageWasFound() throws FetchException {
		SERVER.redirect("/short/1", "/moved/1").redirect("/moved/1", SERVER.uri("/page/1").toString())
			.page("/page/1", "text/html; charset=windows-1256", "<p>x</p>");
		Fetched page = FETCHER.fetch(SERVER.uri("/short/1"));
		assertThat(page.uri()).isEqualTo(SERVER.uri("/page/1"));
		assertThat(page.charset()).isEqualTo("windows-1256");
		assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>x</p>");
	}

	@Test
	void shouldStopAfterTheMostRedirectsTheSettingAllows() {
		for (int hop = 0; hop < 6; hop++) {
			SERVER.redirect("/chain/" + hop, "/chain/" + (hop + 1));
		}
		SERVER.html("/chain/6", "<p>x</p>");
		URI start = SERVER.uri("/chain/0");
		assertThatThrownBy(() -> FETCHER.fetch(start)).isInstanceOf(FetchException.class).hasMessageContaining("more than 5 redirects");
	}

	@Test
	void shouldCheckEveryHopOfARedirect() {
		SERVER.redirect("/to-file", "file:///etc/passwd");
		assertThatThrownBy(() -> FETCHER.fetch(SERVER.uri("/to-file"))).isInstanceOf(FetchException.class)
			.hasMessage("refused file:///etc/passwd: only http and https urls are fetched");
	}
}
