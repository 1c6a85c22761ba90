package org.majlis.web;

import java.util.Locale;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses an operation whose answer may hold more items than allowed ({@link ItemEstimate}), once its variables are
 * known and before any data fetcher runs: the cost of a query is the size of its pages and nested lists, not the number
 * of its fields.
 */
class MaxItemsInstrumentation extends SimplePerformantInstrumentation {

	private final long maxItems;
	private final int listEstimate;

	MaxItemsInstrumentation(long maxItems, int listEstimate) {
		this.maxItems = maxItems;
		this.listEstimate = listEstimate;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		long items = new ItemEstimate(execution.getGraphQLSchema(), listEstimate).of(execution.getNormalizedQueryTree().get());
		if (items > maxItems) {
			throw new AbortExecutionException(String.format(Locale.ROOT,
					"The query may return about %,d items, more than the %,d allowed (majlis.graphql.max-items): ask for smaller "
							+ "pages with first, or nest fewer lists (a list without first counts as %,d items, "
							+ "majlis.graphql.list-estimate)",
					items, maxItems, listEstimate));
		}
		return super.beginExecuteOperation(parameters, state);
	}
}
