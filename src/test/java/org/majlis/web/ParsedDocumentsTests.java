package org.majlis.web;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Documents are parsed and validated once per text; documents with errors every time. */
class ParsedDocumentsTests {

	private final ParsedDocuments documents = new ParsedDocuments();
	private final AtomicInteger runs = new AtomicInteger();

	/** The engine's parse and validation, counted: a document, or the errors of one that fails validation. */
	private final Function<ExecutionInput, PreparsedDocumentEntry> engine = input -> {
		runs.incrementAndGet();
		return input.getQuery().contains("invalid")
				? new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("Validation error: invalid").build())
				: new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	@Test
	void shouldParseAndValidateADocumentAskedAgainOnlyOnce() {
		PreparsedDocumentEntry first = documents.getDocumentAsync(input("{ people { totalCount } }"), engine).join();
		PreparsedDocumentEntry second = documents.getDocumentAsync(input("{ people { totalCount } }"), engine).join();

		assertThat(runs).hasValue(1);
		assertThat(second.getDocument()).isSameAs(first.getDocument());
		assertThat(documents.parsed("{ people { totalCount } }")).isSameAs(first.getDocument());
	}

	@Test
	void shouldValidateADocumentWithErrorsEveryTimeItIsAsked() {
		PreparsedDocumentEntry first = documents.getDocumentAsync(input("{ invalid }"), engine).join();
		PreparsedDocumentEntry second = documents.getDocumentAsync(input("{ invalid }"), engine).join();

		assertThat(runs).hasValue(2);
		assertThat(second.getErrors()).hasSize(1).first().extracting(error -> error.getMessage()).isEqualTo("Validation error: invalid");
		assertThat(first.getErrors().getFirst().getMessage()).isEqualTo(second.getErrors().getFirst().getMessage());
		assertThat(documents.size()).isZero();
	}

	@Test
	void shouldLetWhatTheEngineThrowsThroughAndKeepNothing() {
		Function<ExecutionInput, PreparsedDocumentEntry> refusing = input -> {
			runs.incrementAndGet();
			throw new AbortExecutionException("The document has 31 aliased fields; at most 30 are allowed");
		};

		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(AbortExecutionException.class)
				.isThrownBy(() -> documents.getDocumentAsync(input("{ a: people { totalCount } }"), refusing));
		}
		assertThat(runs).hasValue(2);
		assertThat(documents.size()).isZero();
	}

	@Test
	void shouldForgetTheLeastRecentlyAskedPastItsSize() {
		documents.getDocumentAsync(input("{ first: people { totalCount } }"), engine).join();
		for (int i = 0; i < ParsedDocuments.SIZE; i++) {
			documents.getDocumentAsync(input("{ first: people { totalCount } }"), engine).join();
			documents.getDocumentAsync(input("{ people(first: " + i + ") { totalCount } }"), engine).join();
		}
		int runsSoFar = runs.get();
		documents.getDocumentAsync(input("{ first: people { totalCount } }"), engine).join();
		documents.getDocumentAsync(input("{ people(first: 0) { totalCount } }"), engine).join();

		assertThat(documents.size()).isEqualTo(ParsedDocuments.SIZE);
		assertThat(runs.get() - runsSoFar).as("the one asked all along is kept, the oldest other one is not").isOne();
	}

	@Test
	void shouldNotKeepAVeryLongDocument() {
		String longDocument = "{ people { totalCount } }" + " ".repeat(ParsedDocuments.LONGEST);
		documents.getDocumentAsync(input(longDocument), engine).join();
		documents.getDocumentAsync(input(longDocument), engine).join();

		assertThat(runs).hasValue(2);
	}

	@Test
	void shouldReportASyntaxErrorWhenAskedForADocumentItNeverSaw() {
		assertThatExceptionOfType(InvalidSyntaxException.class).isThrownBy(() -> documents.parsed("{ people { "));
	}

	private static ExecutionInput input(String query) {
		return ExecutionInput.newExecutionInput(query).build();
	}
}
