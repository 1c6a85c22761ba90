package org.majlis.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Bearer tokens: static write and read tokens, and JWTs when Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} configure a decoder. Writes need the role WRITER (checked
 * by method security on the mutations); reads are open unless read tokens are set, then {@code /graphql} and
 * {@code /export/**} need the role READER. A wrong token, or a missing one where needed, is answered 401 with a
 * GraphQL error classified UNAUTHORIZED.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ SecurityProperties.class, CorsProperties.class })
class SecurityConfiguration {

	private static final String[] READ_PATHS = { "/graphql", "/export/**" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties, CorsProperties cors,
			ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
		List<AuthenticationProvider> providers = new ArrayList<>();
		providers.add(new StaticTokenAuthenticationProvider(properties.writeTokens(), properties.readTokens()));
		jwtDecoder.ifAvailable(decoder -> providers.add(JwtRoles.provider(decoder, properties.jwtWriteAuthority())));
		var filter = new AuthenticationFilter(new ProviderManager(providers), SecurityConfiguration::bearerToken);
		filter.setSuccessHandler((request, response, authentication) -> {
		});
		filter.setFailureHandler((request, response, exception) -> unauthorized(response, "The bearer token is not valid"));
		return http
			.csrf(csrf -> csrf.disable())
			.cors(c -> c.configurationSource(corsSource(cors)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> {
				if (properties.readsClosed()) {
					requests.requestMatchers(READ_PATHS).hasRole("READER");
				}
				requests.anyRequest().permitAll();
			})
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, ex) -> unauthorized(response, "Reading needs a bearer token"))
				.accessDeniedHandler((request, response, ex) -> unauthorized(response, "Reading needs a bearer token")))
			.addFilterBefore(filter, BasicAuthenticationFilter.class)
			.build();
	}

	/**
	 * No observation around each filter of the chain, each authentication and each authorisation: they are not among
	 * the service's meters (HTTP requests, GraphQL operations and data fetchers, the driver's statements are), and in a
	 * profile of a one-item query they took about 4 % of the process's CPU samples (see docs/benchmarks.md).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	private static UrlBasedCorsConfigurationSource corsSource(CorsProperties properties) {
		var source = new UrlBasedCorsConfigurationSource();
		List<String> origins = properties.allowedOrigins().stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
		if (!origins.isEmpty()) {
			var cors = new CorsConfiguration();
			cors.setAllowedOrigins(origins);
			cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
			cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT));
			cors.setMaxAge(3600L);
			for (String path : READ_PATHS) {
				source.registerCorsConfiguration(path, cors);
			}
		}
		return source;
	}

	private static void unauthorized(HttpServletResponse response, String message) throws IOException {
		response.setStatus(401);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		String body = "{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}";
		response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
	}

	private static BearerTokenAuthenticationToken bearerToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String token = header.substring(7).strip();
		return token.isEmpty() ? null : new BearerTokenAuthenticationToken(token);
	}
}
