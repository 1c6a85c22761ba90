package org.majlis.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cross-origin access ({@code majlis.cors.*}) to {@code /graphql} and {@code /export/**}.
 *
 * @param allowedOrigins origins of explorer front-ends allowed to call the API from a browser (comma-separated
 * in {@code MAJLIS_CORS_ALLOWED_ORIGINS}); none by default
 */
@ConfigurationProperties("majlis.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins) {
}
