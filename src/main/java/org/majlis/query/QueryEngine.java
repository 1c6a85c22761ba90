package org.majlis.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Compiles a root field's selection into one statement and runs it in one read transaction through the driver,
 * without entity mapping: the answer's maps come back as Neo4j built them. The statement text depends only on the
 * selection's shape (every value is a parameter), so Neo4j's plan cache answers every repeat of a shape.
 */
@Component
public class QueryEngine {

	private static final Logger LOG = LoggerFactory.getLogger(QueryEngine.class);

	private final Driver driver;
	/** Read sessions that wait for the service's earlier writes (the shared bookmarks), on a causal cluster too. */
	private final SessionConfig read;
	private final TypeDescriptions types;
	private final MergedIds mergedIds;
	private final QueryEngineProperties properties;
	private final TransactionConfig transaction;

	QueryEngine(Driver driver, BookmarkManager bookmarks, TypeDescriptions types, MergedIds mergedIds, QueryEngineProperties properties,
			@org.springframework.beans.factory.annotation.Value("${majlis.graphql.timeout:30s}") Duration timeout) {
		this.driver = driver;
		this.read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withBookmarkManager(bookmarks).build();
		this.transaction = TransactionConfig.builder().withTimeout(timeout).build();
		this.types = types;
		this.mergedIds = mergedIds;
		this.properties = properties;
	}

	/** The value of a root field for this request, when the store answers. */
	CompletableFuture<Object> fetch(RootField field, DataFetchingEnvironment environment) {
		Compilation compilation = compilation();
		String expression = field.compile(compilation, environment);
		return run(compilation, expression).thenApply(result -> ConnectionMap.isConnection(result) ? ConnectionMap.of(result) : result);
	}

	/**
	 * The maps of the nodes with these ids (of any described label), with the selected fields, in one statement; ids
	 * of no node are left out. For fields outside the engine that return nodes (a mutation's payload).
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Map<String, Object>> nodes(List<String> ids, List<SelectedField> fields) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Compilation compilation = compilation();
		Map<TypeDescription, List<String>> byType = new LinkedHashMap<>();
		ids.stream().distinct().forEach(id -> types.ofId(id).ifPresent(type -> byType.computeIfAbsent(type, t -> new ArrayList<>()).add(id)));
		if (byType.isEmpty()) {
			return Map.of();
		}
		List<String> parts = new ArrayList<>();
		byType.forEach((type, typeIds) -> {
			String node = compilation.variable("n");
			parts.add("COLLECT { UNWIND " + compilation.parameter(typeIds) + " AS id MATCH (" + node + ":" + type.label() + " {id: id}) RETURN "
					+ compilation.project(type, Map.of("n", node), fields, "__id: " + node + ".id") + " }");
		});
		List<List<Map<String, Object>>> found = (List<List<Map<String, Object>>>) run(compilation, "[" + String.join(", ", parts) + "]").join();
		Map<String, Map<String, Object>> out = new LinkedHashMap<>();
		found.forEach(list -> list.forEach(map -> out.put((String) map.get("__id"), map)));
		return out;
	}

	/** The fields selected under the fields with these names (every alias of them), for {@link #nodes}. */
	public static List<SelectedField> selectedUnder(graphql.schema.DataFetchingFieldSelectionSet selection, String... names) {
		List<SelectedField> out = new ArrayList<>();
		for (SelectedField field : selection.getImmediateFields()) {
			if (Arrays.asList(names).contains(field.getName())) {
				out.addAll(field.getSelectionSet().getImmediateFields());
			}
		}
		return out;
	}

	private Compilation compilation() {
		return new Compilation(types, mergedIds, properties.listCeiling());
	}

	/**
	 * Runs the statement in one read (auto-commit) transaction of an asynchronous session, abandoned by the store after
	 * the request timeout, so that the request timeout can answer while the store works. Not retried here: a store that
	 * is away fails the request at once, and transient errors are retried for the whole request by the web layer.
	 */
	private CompletableFuture<Object> run(Compilation compilation, String expression) {
		String text = compilation.statement(expression);
		Map<String, Object> parameters = compilation.parameters();
		if (LOG.isDebugEnabled()) {
			LOG.debug("Read statement {} with parameters {}", text, parameters);
		}
		AsyncSession session = driver.session(AsyncSession.class, read);
		return session.runAsync(text, parameters, transaction).thenCompose(ResultCursor::singleAsync)
			.thenApply(row -> {
				Value value = row.get("result");
				return value.isNull() ? null : value.asObject();
			})
			.whenComplete((result, error) -> session.closeAsync())
			.toCompletableFuture();
	}
}
