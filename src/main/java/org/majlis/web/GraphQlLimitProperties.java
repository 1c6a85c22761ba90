package org.majlis.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on a GraphQL document ({@code majlis.graphql.*}), checked before any data is fetched.
 *
 * @param maxDepth deepest nesting of fields
 * @param maxComplexity most fields in one operation, each field counted once per place it appears
 * @param maxAliases most aliased fields in one document
 * @param timeout longest a request may run before it is answered with a TIMEOUT error
 */
@ConfigurationProperties("majlis.graphql")
public record GraphQlLimitProperties(@DefaultValue("15") int maxDepth, @DefaultValue("1000") int maxComplexity,
		@DefaultValue("30") int maxAliases, @DefaultValue("30s") Duration timeout) {
}
