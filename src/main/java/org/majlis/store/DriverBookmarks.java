package org.majlis.store;

import java.io.Serial;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * Spring Data Neo4j's bookmark manager as the driver's {@link BookmarkManager} (the other way round is closed: Spring
 * Data's interface is sealed): a session opened with it starts each transaction after the bookmarks the writers left,
 * and leaves its own there.
 */
final class DriverBookmarks implements BookmarkManager {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient Neo4jBookmarkManager bookmarks;

	DriverBookmarks(Neo4jBookmarkManager bookmarks) {
		this.bookmarks = bookmarks;
	}

	@Override
	public Set<Bookmark> getBookmarks() {
		return bookmarks.getBookmarks().stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public void updateBookmarks(Set<Bookmark> previousBookmarks, Set<Bookmark> newBookmarks) {
		bookmarks.updateBookmarks(previousBookmarks, newBookmarks);
	}
}
