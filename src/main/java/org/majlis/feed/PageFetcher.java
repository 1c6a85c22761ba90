package org.majlis.feed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Fetches a feed or a page over HTTP with the settings' limits: a connect timeout, a time limit for the whole answer, a
 * size limit, and at most {@code max-redirects} redirects, followed by hand so that each hop's address is checked and a
 * loop is seen. Anything but a 2xx answer at the end is a {@link FetchException}.
 */
@Component
class PageFetcher implements AutoCloseable {

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
	private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");

	private final FeedProperties settings;
	private final AddressPolicy addresses;
	private final HttpClient client;

	PageFetcher(FeedProperties settings) {
		this.settings = settings;
		this.addresses = new AddressPolicy(settings.allowPrivateAddresses());
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	Fetched fetch(URI uri) throws FetchException {
		Set<URI> visited = new HashSet<>();
		URI current = uri;
		for (int hop = 0;; hop++) {
			visited.add(current);
			addresses.check(current);
			HttpResponse<byte[]> response = send(current);
			if (!REDIRECTS.contains(response.statusCode())) {
				return answer(current, response);
			}
			URI next = location(uri, current, response);
			if (visited.contains(next)) {
				throw new FetchException("cannot fetch %s: a redirect loop (%s leads back to %s)".formatted(uri, current, next));
			}
			if (hop >= settings.maxRedirects()) {
				throw new FetchException("cannot fetch %s: more than %d redirects".formatted(uri, settings.maxRedirects()));
			}
			current = next;
		}
	}

	/** Stops what is still being fetched when the service stops. */
	@Override
	public void close() {
		client.shutdownNow();
	}

	private static URI location(URI uri, URI current, HttpResponse<byte[]> response) throws FetchException {
		String location = response.headers().firstValue("Location")
			.orElseThrow(() -> new FetchException("cannot fetch " + uri + ": a redirect without a Location"));
		try {
			return current.resolve(location.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new FetchException("cannot fetch %s: a redirect to %s, which is not a url".formatted(uri, location));
		}
	}

	private Fetched answer(URI uri, HttpResponse<byte[]> response) throws FetchException {
		int status = response.statusCode();
		if (status < 200 || status > 299 || response.body() == null) {
			throw new FetchException("cannot fetch %s: the server answered HTTP %d".formatted(uri, status));
		}
		String contentType = response.headers().firstValue("Content-Type").orElse(null);
		Matcher charset = CHARSET.matcher(contentType == null ? "" : contentType);
		return new Fetched(uri, response.body(), contentType, charset.find() ? charset.group(1).toLowerCase(Locale.ROOT) : null);
	}

	private HttpResponse<byte[]> send(URI uri) throws FetchException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(settings.readTimeout())
			.header("User-Agent", settings.userAgent())
			.header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5")
			.GET()
			.build();
		long limit = settings.maxPageSize().toBytes();
		CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request,
				info -> info.statusCode() / 100 == 2 ? new LimitedBody(limit) : BodySubscribers.replacing(null));
		try {
			return answer.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			throw noFullAnswer(uri);
		}
		catch (InterruptedException ex) {
			answer.cancel(true);
			Thread.currentThread().interrupt();
			throw new FetchException("cannot fetch " + uri + ": interrupted");
		}
		catch (ExecutionException ex) {
			// the request's own timeout is the same read timeout: whichever of the two fires first, the same reason
			if (ex.getCause() instanceof HttpTimeoutException && !(ex.getCause() instanceof HttpConnectTimeoutException)) {
				throw noFullAnswer(uri);
			}
			throw new FetchException("cannot fetch %s: %s".formatted(uri, reason(ex.getCause())));
		}
	}

	private FetchException noFullAnswer(URI uri) {
		return new FetchException("cannot fetch %s: no full answer within %d s".formatted(uri, settings.readTimeout().toSeconds()));
	}

	private static String reason(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof LimitedBody.TooLarge || cause instanceof java.net.http.HttpTimeoutException
					|| cause instanceof java.net.ConnectException) {
				return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
			}
		}
		return error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
	}
}
