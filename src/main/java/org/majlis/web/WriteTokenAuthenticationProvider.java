package org.majlis.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * Accepts a bearer token that equals one of the configured write tokens, compared in constant time;
 * the token itself is never logged nor kept as the principal's name.
 */
class WriteTokenAuthenticationProvider implements AuthenticationProvider {

	static final String WRITER = "ROLE_WRITER";

	private final List<byte[]> tokens;

	WriteTokenAuthenticationProvider(List<String> tokens) {
		this.tokens = tokens.stream().filter(t -> !t.isBlank()).map(t -> t.strip().getBytes(StandardCharsets.UTF_8)).toList();
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		byte[] presented = String.valueOf(authentication.getCredentials()).getBytes(StandardCharsets.UTF_8);
		boolean match = false;
		for (byte[] token : tokens) {
			match |= MessageDigest.isEqual(token, presented);
		}
		if (!match) {
			throw new BadCredentialsException("The bearer token is not a valid write token");
		}
		var authenticated = new PreAuthenticatedAuthenticationToken("writer", null, AuthorityUtils.createAuthorityList(WRITER));
		authenticated.setAuthenticated(true);
		return authenticated;
	}

	@Override
	public boolean supports(Class<?> type) {
		return PreAuthenticatedAuthenticationToken.class.isAssignableFrom(type);
	}
}
