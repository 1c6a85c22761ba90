package org.majlis.query;

import graphql.schema.DataFetchingEnvironment;

/**
 * A field of {@code Query} that the engine answers with one statement; the module that owns it says how its
 * selection compiles. The result is the value of the Cypher expression it returns (a connection map, a node map,
 * a list of them, or null).
 */
public interface RootField {

	/** The field of {@code Query}: {@code events}, {@code node} … */
	String name();

	/** The Cypher expression of the field's value for this request, built with the compilation's helpers. */
	String compile(Compilation compilation, DataFetchingEnvironment environment);

	/**
	 * The field's value from the value of its expression: the maps as Neo4j built them, unless the module turns them
	 * into something else (the graph module's subgraphs).
	 */
	default Object finish(Object value, DataFetchingEnvironment environment) {
		return value;
	}

	static RootField of(String name, java.util.function.BiFunction<Compilation, DataFetchingEnvironment, String> compiler) {
		return of(name, compiler, (value, environment) -> value);
	}

	/** A root field whose value the module makes from the value of its expression. */
	static RootField of(String name, java.util.function.BiFunction<Compilation, DataFetchingEnvironment, String> compiler,
			java.util.function.BiFunction<Object, DataFetchingEnvironment, Object> finisher) {
		return new RootField() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public String compile(Compilation compilation, DataFetchingEnvironment environment) {
				return compiler.apply(compilation, environment);
			}

			@Override
			public Object finish(Object value, DataFetchingEnvironment environment) {
				return finisher.apply(value, environment);
			}
		};
	}

	/** A root list over every node of a described label, with where, orderBy, first and after. */
	static RootField list(String name, String label) {
		return of(name, (compilation, environment) -> compilation.rootConnection(compilation.types().get(label), environment));
	}
}
