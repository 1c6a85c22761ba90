package org.majlis.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.majlis.CommandRun;
import org.majlis.feed.FeedServer;
import org.majlis.ingest.page.TestPages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ingest} over a folder of saved pages (with one without a body and one of 50 MB), and {@code follow} run twice on
 * one store over a feed served on 127.0.0.1.
 */
class PageAndFeedCommandTests {

	private static final FeedServer SERVER = FeedServer.start();
	private static CommandRun ingest;
	private static CommandRun follow;
	private static CommandRun followAgain;

	@BeforeAll
	static void ingestPagesAndFollowAFeed() throws IOException {
		Path root = Files.createDirectories(Path.of("target", "cli-tests"));
		Path folder = Files.createTempDirectory(root, "pages-");
		for (String page : new String[] { "agency.html", "newspaper.html", "government.html", "no-body.html" }) {
			Files.writeString(folder.resolve(page), TestPages.read(page), StandardCharsets.UTF_8);
		}
		Path huge = folder.resolve("saved/huge.htm");
		writeHugePage(huge, 50L * 1024 * 1024);
		ingest = CommandRun.of("ingest", folder.toString(), "--majlis.neo4j.embedded.data-dir=" + Files.createTempDirectory(root, "store-"));
		Files.delete(huge);

		SERVER.html("/news/agency", TestPages.read("agency.html"))
			.page("/feed.xml", "application/rss+xml", """
					<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>أخبار</title>
					<item><title>استقبال</title><link>/news/agency</link><guid>https://agency.example/ar/news/1</guid></item>
					<item><title>مفقود</title><link>/news/gone</link><guid>https://agency.example/ar/news/2</guid></item>
					</channel></rss>""");
		String[] settings = { "--majlis.neo4j.embedded.data-dir=" + Files.createTempDirectory(root, "store-"),
				"--majlis.feeds.allow-private-addresses=true" };
		follow = CommandRun.of(concat(new String[] { "follow", SERVER.uri("/feed.xml").toString() }, settings));
		followAgain = CommandRun.of(concat(new String[] { "follow", SERVER.uri("/feed.xml").toString() }, settings));
	}

	@AfterAll
	static void stopTheServer() {
		SERVER.close();
	}

	@Test
	void shouldIngestEveryPageOfTheFolderAndTheSameArticleOnce() {
		assertThat(ingest.out()).contains("Ingested 5 files").contains("2 new, 1 duplicate, 2 failed");
		assertThat(ingest.exitCode()).isEqualTo(1);
	}

	@Test
	void shouldNameThePageWithoutBodyAndTheHugePage() {
		assertThat(ingest.err().lines().filter(line -> line.startsWith("FAILED "))).hasSize(2)
			.anySatisfy(line -> assertThat(line).contains("no-body.html: The page holds no article body"))
			.anySatisfy(line -> assertThat(line).contains("huge.htm: the file has 52,428,", "the limit is 10,000,000"));
	}

	@Test
	void shouldFollowTheFeedAndReportTheMissingPage() {
		assertThat(follow.out()).contains("Followed 1 feeds").contains("items: 1 new, 0 duplicate, 1 failed, 0 seen before, 0 waiting");
		assertThat(follow.err()).contains("Feed " + SERVER.uri("/feed.xml") + ": 2 items")
			.contains("FAILED " + SERVER.uri("/news/gone") + ": cannot fetch " + SERVER.uri("/news/gone") + ": the server answered HTTP 404 (next try after 5m)")
			.doesNotContain("Exception");
		assertThat(follow.exitCode()).isEqualTo(1);
	}

	@Test
	void shouldNotFetchAgainWhatTheFirstRunSawNorRetryBeforeItsTime() {
		assertThat(followAgain.out()).contains("items: 0 new, 0 duplicate, 0 failed, 1 seen before, 1 waiting for a retry");
		assertThat(SERVER.hits("/news/agency")).isEqualTo(1);
		assertThat(followAgain.exitCode()).isZero();
	}

	@Test
	void shouldRefuseAUrlThatIsNotHttp() {
		CommandRun run = CommandRun.of("follow", "file:///etc/passwd");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("Not an http or https url: file:///etc/passwd");
	}

	private static void writeHugePage(Path file, long bytes) throws IOException {
		Files.createDirectories(file.getParent());
		byte[] chunk = new byte[1 << 20];
		Arrays.fill(chunk, (byte) 'x');
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
			for (long written = 0; written < bytes; written += chunk.length) {
				out.write(chunk);
			}
		}
	}

	private static String[] concat(String[] a, String[] b) {
		String[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
