package org.majlis.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.relay.ConnectionCursor;
import graphql.relay.DefaultConnection;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;

/**
 * A connection as the engine's statement returns it ({@code __rows} with one extra row when a next page follows,
 * each with its sort {@code __keys}; {@code __total} when counted) turned into a Relay connection with its cursors.
 */
public final class ConnectionMap extends DefaultConnection<Object> {

	private final Long totalCount;

	private ConnectionMap(List<Edge<Object>> edges, DefaultPageInfo pageInfo, Long totalCount) {
		super(edges, pageInfo);
		this.totalCount = totalCount;
	}

	/** Whether this value of a compiled map is a connection. */
	static boolean isConnection(Object value) {
		return value instanceof Map<?, ?> map && map.containsKey("__rows");
	}

	@SuppressWarnings("unchecked")
	static ConnectionMap of(Object value) {
		Map<String, Object> map = (Map<String, Object>) value;
		List<Map<String, Object>> rows = (List<Map<String, Object>>) map.get("__rows");
		int first = ((Number) map.get("__first")).intValue();
		String order = (String) map.get("__order");
		List<Edge<Object>> edges = new ArrayList<>();
		for (Map<String, Object> row : rows.subList(0, Math.min(first, rows.size()))) {
			edges.add(new DefaultEdge<>(row, new DefaultConnectionCursor(Cursor.encode(order, (List<?>) row.get("__keys")))));
		}
		ConnectionCursor start = edges.isEmpty() ? null : edges.getFirst().getCursor();
		ConnectionCursor end = edges.isEmpty() ? null : edges.getLast().getCursor();
		Object total = map.get("__total");
		return new ConnectionMap(edges, new DefaultPageInfo(start, end, Boolean.TRUE.equals(map.get("__after")), rows.size() > first),
				total == null ? null : ((Number) total).longValue());
	}

	/** Every item the filter admits, whatever the page; null when totalCount was not selected. */
	public Long getTotalCount() {
		return totalCount;
	}
}
