package org.majlis.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

import org.springframework.graphql.server.WebGraphQlRequest;

/**
 * The documents the engine parsed and validated without errors, by their text, so that a document asked again (clients
 * send the same few queries with other variables) is neither parsed nor validated again; past {@value #SIZE} documents
 * the least recently asked is forgotten, and a text longer than {@value #LONGEST} characters is not kept. A document
 * with errors is never kept: it is parsed and validated each time, so its errors are always those of a first request.
 * The web layer's own look at a request's operation (query or mutation) reads the kept document too.
 */
class ParsedDocuments implements PreparsedDocumentProvider {

	static final int SIZE = 500;
	static final int LONGEST = 20_000;

	private final Map<String, PreparsedDocumentEntry> kept = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
			return size() > SIZE;
		}
	};

	/**
	 * The kept entry of the request's text, else the engine's parse and validation (and its instrumentations) run now,
	 * in this thread as without a cache, so that what they throw reaches the engine as before.
	 */
	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		PreparsedDocumentEntry entry = get(text);
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors() && text.length() <= LONGEST) {
				synchronized (kept) {
					kept.put(text, entry);
				}
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** The document of this text: the kept one, else parsed now (not validated). */
	Document parsed(String text) throws InvalidSyntaxException {
		PreparsedDocumentEntry entry = get(text);
		return entry != null ? entry.getDocument() : Parser.parse(text);
	}

	/** True for a request whose operation to run is a query; anything unparsable is left to the engine (false). */
	boolean isQuery(WebGraphQlRequest request) {
		try {
			return parsed(request.getDocument()).getDefinitionsOfType(OperationDefinition.class).stream()
				.filter(op -> request.getOperationName() == null || request.getOperationName().equals(op.getName()))
				.allMatch(op -> op.getOperation() == OperationDefinition.Operation.QUERY);
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
	}

	int size() {
		synchronized (kept) {
			return kept.size();
		}
	}

	private PreparsedDocumentEntry get(String text) {
		synchronized (kept) {
			return kept.get(text);
		}
	}
}
