package org.majlis.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/** JWTs from the configured issuer: any valid one may read, one with the write authority may also write. */
final class JwtRoles {

	private JwtRoles() {
	}

	static AuthenticationProvider provider(JwtDecoder decoder, String writeAuthority) {
		var scopes = new JwtGrantedAuthoritiesConverter();
		var converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> {
			Collection<GrantedAuthority> granted = scopes.convert(jwt);
			List<GrantedAuthority> authorities = new ArrayList<>(granted);
			authorities.add(new SimpleGrantedAuthority(StaticTokenAuthenticationProvider.READER));
			if (granted.stream().anyMatch(authority -> authority.getAuthority().equals(writeAuthority))) {
				authorities.add(new SimpleGrantedAuthority(StaticTokenAuthenticationProvider.WRITER));
			}
			return authorities;
		});
		var provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(converter);
		return provider;
	}
}
