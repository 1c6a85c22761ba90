package org.majlis.query;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.ResultNodesInfo;
import graphql.execution.ResultPath;
import graphql.schema.TypeResolver;

/**
 * graphql-java's strategy for queries, except that the value of a root field the engine compiled is taken as complete
 * once the statement has answered: {@link CompiledAnswer} turns the statement's maps into the field's result in one walk,
 * instead of graphql-java executing each of their fields (some 20,000 for a page of 1,000 events with their attendees).
 * When the walk gives up (a null where the schema forbids one, a refused value), graphql-java completes the field as
 * usual, so errors and nulls stay exactly as the specification has them. Mutations and fields outside the engine are
 * completed as usual.
 */
public final class CompiledAnswerStrategy extends AsyncExecutionStrategy {

	private final CompiledRootFields compiled;
	private final TypeResolver nodeTypes;
	private final AtomicLong answered = new AtomicLong();
	private final AtomicLong fields = new AtomicLong();
	private final AtomicLong leftToGraphQlJava = new AtomicLong();

	CompiledAnswerStrategy(DataFetcherExceptionHandler exceptionHandler, CompiledRootFields compiled, TypeResolver nodeTypes) {
		super(exceptionHandler);
		this.compiled = compiled;
		this.nodeTypes = nodeTypes;
	}

	@Override
	protected FieldValueInfo completeValue(ExecutionContext context, ExecutionStrategyParameters parameters) {
		Object value = context.getValueUnboxer().unbox(parameters.getSource());
		if (value != null && isCompiledRoot(context, parameters.getExecutionStepInfo())) {
			Optional<CompiledAnswer.Completed> completed = CompiledAnswer.complete(context, fieldCollector, nodeTypes, value,
					parameters.getExecutionStepInfo().getType(), parameters.getField());
			if (completed.isPresent()) {
				answered.incrementAndGet();
				fields.addAndGet(completed.get().fields());
				Object result = completed.get().value();
				return new FieldValueInfo(result instanceof List ? FieldValueInfo.CompleteValueType.LIST : FieldValueInfo.CompleteValueType.OBJECT,
						result);
			}
			leftToGraphQlJava.incrementAndGet();
		}
		return super.completeValue(context, parameters);
	}

	/** A root field of a query that the engine answers (not a list item of one), with no deferred parts or node limit. */
	private boolean isCompiledRoot(ExecutionContext context, ExecutionStepInfo step) {
		ResultPath path = step.getPath();
		return path.isNamedSegment() && path.getParent().isRootPath() && context.isQueryOperation() && !context.hasIncrementalSupport()
				&& context.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES) == null
				&& compiled.contains(step.getFieldDefinition().getName());
	}

	/** Root fields completed in one walk since start. */
	public long answered() {
		return answered.get();
	}

	/** The object fields those walks completed (each one graphql-java would have fetched and completed on its own). */
	public long fieldsCompleted() {
		return fields.get();
	}

	/** Compiled root fields whose walk gave up and which graphql-java completed. */
	public long leftToGraphQlJava() {
		return leftToGraphQlJava.get();
	}
}
