package org.majlis.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;

/**
 * Refuses a document with more aliased fields than allowed, the usual shape of a query bomb
 * ({@code a1: events … a2: events …}), before it is validated or run.
 */
class MaxAliasesInstrumentation extends SimplePerformantInstrumentation {

	private final int maxAliases;

	MaxAliasesInstrumentation(int maxAliases) {
		this.maxAliases = maxAliases;
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		AtomicInteger aliases = new AtomicInteger();
		new NodeTraverser().depthFirst(new NodeVisitorStub() {
			@Override
			public TraversalControl visitField(Field field, TraverserContext<Node> context) {
				if (field.getAlias() != null) {
					aliases.incrementAndGet();
				}
				return TraversalControl.CONTINUE;
			}
		}, parameters.getDocument());
		if (aliases.get() > maxAliases) {
			throw new AbortExecutionException("The document has " + aliases.get() + " aliased fields; at most " + maxAliases
					+ " are allowed");
		}
		return super.beginValidation(parameters, state);
	}
}
