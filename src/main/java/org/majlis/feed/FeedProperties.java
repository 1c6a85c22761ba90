package org.majlis.feed;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of feed following ({@code majlis.feeds.*}).
 *
 * @param enabled whether the service follows {@code urls} on a schedule (the {@code follow} command needs no setting)
 * @param urls the RSS or Atom feeds the service follows
 * @param interval the pause between two rounds of the schedule
 * @param connectTimeout how long a connection may take to open
 * @param readTimeout how long a whole answer (a feed or a page) may take to arrive
 * @param maxPageSize the largest feed or page read; a longer answer is cut off and refused
 * @param maxRedirects how many redirects one fetch follows
 * @param allowPrivateAddresses whether hosts on loopback, private, link-local or unique-local addresses may be fetched
 * @param retryDelay the wait before the first retry of a failed item or feed; it doubles with each failure
 * @param maxRetryDelay the longest wait between retries
 * @param userAgent the User-Agent header sent
 */
@ConfigurationProperties("majlis.feeds")
public record FeedProperties(
		@DefaultValue("false") boolean enabled,
		@DefaultValue List<URI> urls,
		@DefaultValue("30m") Duration interval,
		@DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("30s") Duration readTimeout,
		@DefaultValue("5MB") DataSize maxPageSize,
		@DefaultValue("5") int maxRedirects,
		@DefaultValue("false") boolean allowPrivateAddresses,
		@DefaultValue("5m") Duration retryDelay,
		@DefaultValue("12h") Duration maxRetryDelay,
		@DefaultValue("Majlis feed follower") String userAgent) {
}
