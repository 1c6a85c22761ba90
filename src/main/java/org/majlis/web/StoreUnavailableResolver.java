package org.majlis.web;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * While Neo4j cannot be reached a request is answered at once with an error classified {@code UNAVAILABLE} and a
 * message the client can act on, instead of an internal error; the driver reconnects by itself once Neo4j is back.
 */
@Component
class StoreUnavailableResolver extends DataFetcherExceptionResolverAdapter {

	static final ErrorClassification UNAVAILABLE = ErrorClassification.errorClassification("UNAVAILABLE");

	static final String MESSAGE = "The graph store is unavailable; try again shortly";

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (!isStoreUnavailable(ex)) {
			return null;
		}
		return GraphqlErrorBuilder.newError(env).errorType(UNAVAILABLE).message(MESSAGE).build();
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
