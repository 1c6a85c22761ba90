package org.majlis.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.Scalars;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLTypeUtil;

import org.majlis.query.CompiledRootFields;

import org.springframework.stereotype.Component;

/**
 * Merged ids keep working in every query: an {@code ID} argument of a root query field, or an {@code ID} field of its
 * input object ({@code events(where: {attendee: …})}), that names a merged-away node is replaced by the survivor's id
 * before the field is fetched. One look-up by the unique index per field, made only when the field is given ids of
 * curated kinds; mutations see the ids as given. Root fields of the read engine resolve merged ids inside their own statement.
 */
@Component
class MergedIdArguments extends SimplePerformantInstrumentation {

	private final Redirects redirects;
	private final CompiledRootFields compiled;

	MergedIdArguments(Redirects redirects, CompiledRootFields compiled) {
		this.redirects = redirects;
		this.compiled = compiled;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		DataFetchingEnvironment environment = parameters.getEnvironment();
		if (!"Query".equals(GraphQLTypeUtil.simplePrint(environment.getParentType()))
				|| environment.getFieldDefinition().getArguments().isEmpty() || compiled.contains(environment.getField().getName())) {
			return fetcher;
		}
		return env -> fetcher.get(redirected(env));
	}

	private DataFetchingEnvironment redirected(DataFetchingEnvironment env) {
		List<String> ids = new ArrayList<>();
		for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
			Object value = env.getArgument(argument.getName());
			if (isId(argument.getType()) && value instanceof String id) {
				ids.add(id);
			}
			else if (GraphQLTypeUtil.unwrapAll(argument.getType()) instanceof GraphQLInputObjectType input && value instanceof Map<?, ?> map) {
				for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
					if (isId(field.getType()) && map.get(field.getName()) instanceof String id) {
						ids.add(id);
					}
				}
			}
		}
		ids.removeIf(id -> CuratedLabels.ofId(id) == null);
		Map<String, String> survivors = ids.isEmpty() ? Map.of() : redirects.survivors(ids);
		if (survivors.isEmpty()) {
			return env;
		}
		Map<String, Object> arguments = new LinkedHashMap<>();
		env.getArguments().forEach((name, value) -> arguments.put(name, replaced(value, survivors)));
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(arguments).build();
	}

	private static Object replaced(Object value, Map<String, String> survivors) {
		if (value instanceof String id) {
			return survivors.getOrDefault(id, id);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>();
			map.forEach((key, inner) -> out.put((String) key, inner instanceof String id ? survivors.getOrDefault(id, id) : inner));
			return out;
		}
		return value;
	}

	private static boolean isId(GraphQLInputType type) {
		return GraphQLTypeUtil.unwrapAll(type) == Scalars.GraphQLID;
	}
}
