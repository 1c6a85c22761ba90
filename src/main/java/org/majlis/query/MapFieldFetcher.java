package org.majlis.query;

import java.util.List;
import java.util.Map;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;

/**
 * The fetcher of every field of a type the engine reads: the value under the field's alias (result key) in the map
 * the statement built, a connection turned into its Relay form, a one-object relation's list of at most one map
 * turned into its item or null, and a plain list that outgrew the ceiling refused
 * with the name of the connection that pages it. Trivial, so that instrumentations and context propagation leave
 * it alone. Objects that did not come from the engine (records of other
 * modules) are read as properties.
 */
final class MapFieldFetcher implements TrivialDataFetcher<Object> {

	private final TypeDescription type;
	private final int listCeiling;

	MapFieldFetcher(TypeDescription type, int listCeiling) {
		this.type = type;
		this.listCeiling = listCeiling;
	}

	@Override
	public Object get(DataFetchingEnvironment environment) throws Exception {
		if (!(environment.getSource() instanceof Map<?, ?> map)) {
			return PropertyDataFetcher.fetching(environment.getField().getName()).get(environment);
		}
		return read(map, environment.getField().getResultKey(), environment.getField().getName());
	}

	/**
	 * The value of the field {@code name} under its result key in a map of the statement: what {@link #get} answers, for
	 * the walk that completes a compiled answer at once ({@link CompiledAnswer}).
	 */
	Object read(Map<?, ?> map, String resultKey, String name) {
		Object value = map.get(resultKey);
		if (ConnectionMap.isConnection(value)) {
			return ConnectionMap.of(value);
		}
		if (value instanceof Map<?, ?> one && one.size() == 1 && one.get(Compilation.ONE) instanceof List<?> items) {
			return items.isEmpty() ? null : items.getFirst();
		}
		if (value instanceof List<?> list && list.size() > listCeiling && !list.isEmpty() && list.getFirst() instanceof Map) {
			throw new IllegalArgumentException(tooLong(name));
		}
		return value;
	}

	private String tooLong(String field) {
		String message = type.graphQlType() + "." + field + " holds more than " + listCeiling + " items (majlis.query.list-ceiling)";
		if (type.fields().get(field) instanceof FieldReader.Link link && link.connectionField() != null) {
			return message + "; page it with " + link.connectionField() + "(first, after)";
		}
		return message + "; ask for it on fewer nodes at a time";
	}
}
