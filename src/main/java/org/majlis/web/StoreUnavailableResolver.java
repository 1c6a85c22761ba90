package org.majlis.web;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * While Neo4j cannot be reached a request is answered at once with an error classified {@code UNAVAILABLE} and a
 * message the client can act on, instead of an internal error; the driver reconnects by itself once Neo4j is back.
 * A transient store error (a lock conflict, a leader switch) is classified {@code TRANSIENT}, and queries meeting
 * one are run again by {@link TransientReadRetryInterceptor}.
 */
@Component
class StoreUnavailableResolver extends DataFetcherExceptionResolverAdapter {

	static final ErrorClassification UNAVAILABLE = ErrorClassification.errorClassification("UNAVAILABLE");

	static final String MESSAGE = "The graph store is unavailable; try again shortly";

	/** A conflict or a cluster change that the same request may not meet again: queries are retried on it. */
	static final ErrorClassification TRANSIENT = ErrorClassification.errorClassification("TRANSIENT");

	static final String TRANSIENT_MESSAGE = "The graph store met a temporary conflict; try again";

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (isStoreUnavailable(ex)) {
			return GraphqlErrorBuilder.newError(env).errorType(UNAVAILABLE).message(MESSAGE).build();
		}
		if (isTransient(ex)) {
			return GraphqlErrorBuilder.newError(env).errorType(TRANSIENT).message(TRANSIENT_MESSAGE).build();
		}
		return null;
	}

	static boolean isTransient(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof TransientException || cause instanceof TransientDataAccessException) {
				return true;
			}
		}
		return false;
	}

	static boolean isStoreUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}
}
