package org.majlis.query;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;

/** One root field of a request waiting for the statement it shares with the request's other root fields. */
final class RootPart {

	private final RootField field;
	private final DataFetchingEnvironment environment;
	private final CompletableFuture<Object> value = new CompletableFuture<>();

	RootPart(RootField field, DataFetchingEnvironment environment) {
		this.field = field;
		this.environment = environment;
	}

	RootField field() {
		return field;
	}

	DataFetchingEnvironment environment() {
		return environment;
	}

	/** The field's value, once the statement answered. */
	CompletableFuture<Object> value() {
		return value;
	}

	/** Completes the field with what the statement returned for it, finished by its module and paged when a connection. */
	void complete(Object result) {
		try {
			Object finished = field.finish(result, environment);
			value.complete(ConnectionMap.isConnection(finished) ? ConnectionMap.of(finished) : finished);
		}
		catch (RuntimeException ex) {
			value.completeExceptionally(ex);
		}
	}
}
