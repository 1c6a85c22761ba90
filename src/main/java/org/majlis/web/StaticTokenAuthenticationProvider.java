package org.majlis.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * Accepts a bearer token that equals one of the configured write or read tokens, compared in constant time
 * against every token; the token itself is never logged nor kept as the principal's name. Any other token is
 * left to the next provider (JWT), if there is one.
 */
class StaticTokenAuthenticationProvider implements AuthenticationProvider {

	static final String WRITER = "ROLE_WRITER";

	static final String READER = "ROLE_READER";

	private final List<byte[]> writeTokens;

	private final List<byte[]> readTokens;

	StaticTokenAuthenticationProvider(List<String> writeTokens, List<String> readTokens) {
		this.writeTokens = bytes(writeTokens);
		this.readTokens = bytes(readTokens);
	}

	private static List<byte[]> bytes(List<String> tokens) {
		return tokens.stream().filter(t -> !t.isBlank()).map(t -> t.strip().getBytes(StandardCharsets.UTF_8)).toList();
	}

	private static boolean matchesAny(List<byte[]> tokens, byte[] presented) {
		boolean match = false;
		for (byte[] token : tokens) {
			match |= MessageDigest.isEqual(token, presented);
		}
		return match;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		byte[] presented = ((BearerTokenAuthenticationToken) authentication).getToken().getBytes(StandardCharsets.UTF_8);
		boolean writer = matchesAny(writeTokens, presented);
		boolean reader = matchesAny(readTokens, presented);
		if (writer) {
			return authenticated("writer", WRITER, READER);
		}
		if (reader) {
			return authenticated("reader", READER);
		}
		throw new BadCredentialsException("The bearer token is not valid");
	}

	private static Authentication authenticated(String name, String... roles) {
		var authenticated = new PreAuthenticatedAuthenticationToken(name, null, AuthorityUtils.createAuthorityList(roles));
		authenticated.setAuthenticated(true);
		return authenticated;
	}

	@Override
	public boolean supports(Class<?> type) {
		return BearerTokenAuthenticationToken.class.isAssignableFrom(type);
	}
}
