package org.majlis.feed;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which urls may be fetched: http and https only, and, unless allowed, no host that resolves to a loopback, private,
 * link-local, unique-local, multicast or unspecified address, so that a feed cannot point the service at the machine it
 * runs on or at its network. Checked for every hop of a redirect.
 */
final class AddressPolicy {

	private final boolean allowPrivate;

	AddressPolicy(boolean allowPrivate) {
		this.allowPrivate = allowPrivate;
	}

	void check(URI uri) throws FetchException {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new FetchException("refused " + uri + ": only http and https urls are fetched");
		}
		if (uri.getHost() == null) {
			throw new FetchException("refused " + uri + ": the url names no host");
		}
		if (allowPrivate) {
			return;
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
				String kind = privateKind(address);
				if (kind != null) {
					throw new FetchException("refused %s: %s is a %s address (majlis.feeds.allow-private-addresses=true allows it)"
						.formatted(uri, address.getHostAddress(), kind));
				}
			}
		}
		catch (UnknownHostException ex) {
			throw new FetchException("cannot fetch " + uri + ": unknown host " + uri.getHost());
		}
	}

	private static String privateKind(InetAddress address) {
		if (address.isLoopbackAddress()) {
			return "loopback";
		}
		if (address.isAnyLocalAddress()) {
			return "unspecified";
		}
		if (address.isLinkLocalAddress()) {
			return "link-local";
		}
		if (address.isSiteLocalAddress() || address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc) {
			return "private";
		}
		if (address.isMulticastAddress()) {
			return "multicast";
		}
		return null;
	}
}
