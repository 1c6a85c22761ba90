package org.majlis.feed;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which urls a feed may make the service fetch (addresses as literals: no name is looked up). */
class AddressPolicyTests {

	@ParameterizedTest
	@CsvSource({ "http://127.0.0.1/feed, loopback", "http://[::1]/feed, loopback", "http://10.1.2.3/feed, private",
			"http://172.16.0.9/feed, private", "http://192.168.1.1/feed, private", "http://169.254.169.254/latest/meta-data, link-local",
			"http://[fe80::1]/feed, link-local", "http://[fd12:3456::1]/feed, private", "http://0.0.0.0/feed, unspecified" })
	void shouldRefuseAddressesOfTheMachineAndItsNetwork(String url, String kind) {
		assertThatThrownBy(() -> new AddressPolicy(false).check(URI.create(url))).isInstanceOf(FetchException.class)
			.hasMessageContaining("a " + kind + " address").hasMessageContaining("allow-private-addresses");
	}

	@ParameterizedTest
	@ValueSource(strings = { "file:///etc/passwd", "ftp://192.0.2.1/feed", "jar:file:/x.jar!/a" })
	void shouldRefuseWhatIsNotHttp(String url) {
		assertThatThrownBy(() -> new AddressPolicy(true).check(URI.create(url))).isInstanceOf(FetchException.class)
			.hasMessageContaining("only http and https");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://192.0.2.10/rss.xml", "http://198.51.100.7/atom" })
	void shouldAllowPublicAddresses(String url) {
		assertThatCode(() -> new AddressPolicy(false).check(URI.create(url))).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/feed", "http://10.0.0.1/feed" })
	void shouldAllowPrivateAddressesWhenTheSettingSays(String url) {
		assertThatCode(() -> new AddressPolicy(true).check(URI.create(url))).doesNotThrowAnyException();
	}
}
