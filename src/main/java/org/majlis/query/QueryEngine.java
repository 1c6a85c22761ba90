package org.majlis.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.ClientException;
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

	/** The per-request loader of root fields, registered by {@link CompiledReads}. */
	static final String ROOT_FIELDS = "majlis.rootFields";

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

	/**
	 * The value of a root field for this request, when the store answers. The root fields of one request go to the
	 * store together: each registers with the request's {@link #ROOT_FIELDS} loader, which graphql-java dispatches once
	 * every root field has been fetched, and the dispatch sends them all as one statement ({@link #fetchAll}).
	 */
	CompletableFuture<Object> fetch(RootField field, DataFetchingEnvironment environment) {
		RootPart part = new RootPart(field, environment);
		DataLoader<RootPart, Boolean> loader = environment.getDataLoader(ROOT_FIELDS);
		if (loader == null) {
			fetchAll(List.of(part));
		}
		else {
			loader.load(part);
		}
		return part.value();
	}

	/**
	 * Compiles the root fields in order into one statement (one column each), runs it and completes each field with its
	 * column. A field that does not compile fails alone; when the store refuses a statement of several fields, each is
	 * sent again alone, so that the error lands on the field that caused it and the others are answered.
	 */
	CompletableFuture<Void> fetchAll(List<RootPart> parts) {
		Compilation compilation = compilation();
		List<RootPart> compiled = new ArrayList<>();
		List<String> expressions = new ArrayList<>();
		for (RootPart part : parts) {
			try {
				expressions.add(part.field().compile(compilation, part.environment()));
				compiled.add(part);
			}
			catch (RuntimeException ex) {
				part.value().completeExceptionally(ex);
			}
		}
		if (compiled.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		return run(compilation, expressions).handle((values, error) -> {
			Throwable cause = error instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : error;
			if (cause == null) {
				for (int i = 0; i < compiled.size(); i++) {
					compiled.get(i).complete(values.get(i));
				}
				return CompletableFuture.<Void>completedFuture(null);
			}
			if (compiled.size() > 1 && isStatementError(cause)) {
				return CompletableFuture.allOf(compiled.stream().map(part -> fetchAll(List.of(part))).toArray(CompletableFuture[]::new));
			}
			compiled.forEach(part -> part.value().completeExceptionally(cause));
			return CompletableFuture.<Void>completedFuture(null);
		}).thenCompose(done -> done);
	}

	/** An error of the statement itself (not of the store, the connection or the transaction's time). */
	private static boolean isStatementError(Throwable error) {
		return error instanceof ClientException client && client.code() != null && client.code().startsWith("Neo.ClientError.Statement.");
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
		List<List<Map<String, Object>>> found = (List<List<Map<String, Object>>>) run(compilation, List.of("[" + String.join(", ", parts) + "]"))
			.join().getFirst();
		Map<String, Map<String, Object>> out = new LinkedHashMap<>();
		found.forEach(list -> list.forEach(map -> out.put((String) map.get("__id"), map)));
		return out;
	}

	/**
	 * The value of the expression {@code compiler} builds, in one read statement of its own: for reads outside GraphQL
	 * that share a root field's Cypher (the graph exports).
	 */
	public Object value(Function<Compilation, String> compiler) {
		Compilation compilation = compilation();
		String expression = compiler.apply(compilation);
		try {
			return run(compilation, List.of(expression)).join().getFirst();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
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
	private CompletableFuture<List<Object>> run(Compilation compilation, List<String> expressions) {
		String text = compilation.statement(expressions);
		Map<String, Object> parameters = compilation.parameters();
		if (LOG.isDebugEnabled()) {
			LOG.debug("Read statement {} with parameters {}", text, parameters);
		}
		AsyncSession session = driver.session(AsyncSession.class, read);
		return session.runAsync(text, parameters, transaction).thenCompose(ResultCursor::singleAsync)
			.thenApply(row -> row.values().stream().map(value -> value.isNull() ? null : value.asObject()).toList())
			.whenComplete((result, error) -> session.closeAsync())
			.toCompletableFuture();
	}
}
