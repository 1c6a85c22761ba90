package org.majlis.common;

import java.util.List;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Relay paging over offset cursors: a page of {@code first} rows after a cursor. Queries fetch one row
 * more than asked to learn whether another page follows.
 */
public record Paging(long offset, int limit) {

	public static final int DEFAULT_PAGE_SIZE = 20;
	public static final int MAX_PAGE_SIZE = 500;

	public static Paging of(ScrollSubrange subrange) {
		long offset = 0;
		if (subrange != null && subrange.position().orElse(null) instanceof OffsetScrollPosition position && !position.isInitial()) {
			offset = position.getOffset() + 1;
		}
		Integer first = subrange == null || subrange.count().isEmpty() ? null : subrange.count().getAsInt();
		return new Paging(offset, pageSize(first));
	}

	/** The page size a list asks for with {@code first}: the default when absent, never negative, at most {@link #MAX_PAGE_SIZE}. */
	public static int pageSize(Integer first) {
		int size = first == null ? DEFAULT_PAGE_SIZE : first;
		if (size < 0) {
			throw new IllegalArgumentException("first must not be negative");
		}
		if (size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("first may be at most " + MAX_PAGE_SIZE);
		}
		return size;
	}

	/** How many rows to fetch: one more than the page, to know whether there is a next one. */
	public int fetchSize() {
		return limit + 1;
	}

	/** The page as a window whose cursors are row offsets. */
	public <T> Window<T> window(List<T> rowsFetched) {
		boolean hasNext = rowsFetched.size() > limit;
		List<T> page = hasNext ? rowsFetched.subList(0, limit) : rowsFetched;
		return Window.from(page, index -> ScrollPosition.offset(offset + index), hasNext);
	}
}
