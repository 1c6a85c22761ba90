package org.majlis.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings ({@code majlis.security.*}).
 *
 * @param writeTokens bearer tokens that may write (ingest); comma-separated in
 * {@code MAJLIS_SECURITY_WRITE_TOKENS}. With none, nothing can be written over HTTP.
 */
@ConfigurationProperties("majlis.security")
public record SecurityProperties(@DefaultValue List<String> writeTokens) {
}
