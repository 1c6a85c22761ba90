package org.majlis.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings ({@code majlis.security.*}).
 *
 * @param writeTokens bearer tokens that may write (ingest) and read; comma-separated in
 * {@code MAJLIS_SECURITY_WRITE_TOKENS}. With none, nothing can be written with a static token.
 * @param readTokens bearer tokens that may read; comma-separated in {@code MAJLIS_SECURITY_READ_TOKENS}. With
 * none, reads are open; with some, every GraphQL request and export needs a read token, a write token or a JWT.
 * @param jwtWriteAuthority the authority a JWT must carry to write, {@code SCOPE_majlis.write} (scope
 * {@code majlis.write}) by default; any valid JWT may read
 */
@ConfigurationProperties("majlis.security")
public record SecurityProperties(@DefaultValue List<String> writeTokens, @DefaultValue List<String> readTokens,
		@DefaultValue("SCOPE_majlis.write") String jwtWriteAuthority) {

	/** True when reads need a token. */
	public boolean readsClosed() {
		return readTokens.stream().anyMatch(token -> !token.isBlank());
	}
}
