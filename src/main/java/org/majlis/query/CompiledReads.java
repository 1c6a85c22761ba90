package org.majlis.query;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Wires the engine into the schema: the {@link RootField}s of a request are fetched by one statement (through a
 * per-request loader that graphql-java dispatches once every root field has been fetched), every field of a
 * described type reads its alias from the statement's maps, and {@code Node} resolves to the type the map names.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryEngineProperties.class)
class CompiledReads {

	/** The type resolver of {@code Node}, which the strategy's walk stands in for on the engine's maps. */
	private static final TypeResolver NODE_TYPES = nodeTypeResolver();

	@Bean
	RuntimeWiringConfigurer compiledReadWiring(QueryEngine engine, List<RootField> roots, TypeDescriptions types,
			QueryEngineProperties properties, BatchLoaderRegistry loaders) {
		loaders.<RootPart, Boolean>forName(QueryEngine.ROOT_FIELDS)
			.registerBatchLoader((parts, environment) -> Mono.fromFuture(engine.fetchAll(parts))
				.thenMany(Flux.fromIterable(parts).map(part -> Boolean.TRUE)));
		return wiring -> {
			wiring.type("Query", builder -> {
				roots.forEach(root -> builder.dataFetcher(root.name(), environment -> engine.fetch(root, environment)));
				return builder;
			});
			Map<String, TypeDescription> primary = types.all().stream().filter(d -> d.name().equals(d.graphQlType()))
				.collect(Collectors.toMap(TypeDescription::graphQlType, d -> d));
			types.graphQlTypes().forEach(typeName -> wiring.type(typeName,
					builder -> builder.defaultDataFetcher(new MapFieldFetcher(primary.getOrDefault(typeName, types.get(typeName)),
							properties.listCeiling()))));
			wiring.type("Node", builder -> builder.typeResolver(NODE_TYPES));
		};
	}

	/**
	 * The strategy of queries, which takes a compiled root field's value as complete; it reports errors through the same
	 * resolvers, in the same order, as the handler Spring for GraphQL builds for graphql-java's own strategy.
	 */
	@Bean
	CompiledAnswerStrategy compiledAnswerStrategy(CompiledRootFields compiled, ObjectProvider<DataFetcherExceptionResolver> resolvers) {
		return new CompiledAnswerStrategy(DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()), compiled,
				NODE_TYPES);
	}

	@Bean
	GraphQlSourceBuilderCustomizer compiledAnswers(CompiledAnswerStrategy strategy) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.queryExecutionStrategy(strategy));
	}

	/** Root fields the engine answers (their ids are resolved past merges inside the statement). */
	@Bean
	CompiledRootFields compiledRootFields(List<RootField> roots) {
		return new CompiledRootFields(roots.stream().map(RootField::name).collect(Collectors.toUnmodifiableSet()));
	}

	/** A map from the engine names its type; a record of another module is named by its class. */
	private static TypeResolver nodeTypeResolver() {
		return environment -> {
			Object object = environment.getObject();
			String name = object instanceof Map<?, ?> map ? (String) map.get("__typename") : object.getClass().getSimpleName();
			GraphQLObjectType type = name == null ? null : environment.getSchema().getObjectType(name);
			if (type == null) {
				throw new IllegalStateException("Not a node of the schema: " + name);
			}
			return type;
		};
	}
}
