package org.majlis.web;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Refuses documents that are too deep, whose answer may hold too many items, or too aliased before any data fetcher
 * (so any Cypher) runs; Spring Boot hands every {@link Instrumentation} bean to the GraphQL engine. Requests running too long are
 * answered with a timeout error; queries beyond the most that may run at once wait their turn.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitProperties.class)
class GraphQlLimits {

	@Bean
	Instrumentation maxDepthInstrumentation(GraphQlLimitProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	Instrumentation maxItemsInstrumentation(GraphQlLimitProperties limits) {
		return new MaxItemsInstrumentation(limits.maxItems(), limits.listEstimate());
	}

	@Bean
	RequestTimeoutInterceptor requestTimeoutInterceptor(GraphQlLimitProperties limits) {
		return new RequestTimeoutInterceptor(limits.timeout());
	}

	/** The first interceptor, so that a waiting query holds nothing else (a retry of a query keeps its place). */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ConcurrentReadLimit concurrentReadLimit(GraphQlLimitProperties limits, ParsedDocuments documents) {
		return new ConcurrentReadLimit(limits.concurrentReads(), limits.concurrentReadsWhileWriting(), documents, limits.timeout());
	}

	@Bean
	Instrumentation maxAliasesInstrumentation(GraphQlLimitProperties limits) {
		return new MaxAliasesInstrumentation(limits.maxAliases());
	}
}
