package org.majlis.web;

import java.time.Duration;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Scalars, documents parsed once, and errors that tell the client what to fix without leaking internals. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	/** Queries that meet a transient store error run again, after 100 ms, then 200 ms. */
	@Bean
	TransientReadRetryInterceptor transientReadRetryInterceptor(ParsedDocuments documents) {
		return new TransientReadRetryInterceptor(Duration.ofMillis(100), documents);
	}

	@Bean
	ParsedDocuments parsedDocuments() {
		return new ParsedDocuments();
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentsOnce(ParsedDocuments documents) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
	}

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(Scalars.PARTIAL_DATE).scalar(Scalars.DATE_TIME).scalar(Scalars.JSON);
	}

	/** Invalid arguments (a page too large, a date range without a year) are the client's to fix. */
	@Bean
	DataFetcherExceptionResolver badRequestResolver() {
		return new DataFetcherExceptionResolverAdapter() {
			@Override
			protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
				if (ex instanceof IllegalArgumentException) {
					return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
				}
				return null;
			}
		};
	}
}
