package org.majlis.store;

import org.neo4j.driver.BookmarkManager;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * One record of the bookmarks of every transaction the service runs, so that on a causal cluster a read waits for the
 * writes before it, whichever path made them. Spring Data Neo4j's transaction manager and {@code Neo4jClient} take the
 * one {@link Neo4jBookmarkManager} of the context (they make one each when there is none); every session opened on the
 * driver itself (the query engine, reports, start-up) is opened with the driver's view of the same record,
 * {@link DriverBookmarks}.
 */
@Configuration(proxyBeanMethods = false)
class SharedBookmarks {

	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager() {
		return Neo4jBookmarkManager.create();
	}

	@Bean
	BookmarkManager driverBookmarkManager(Neo4jBookmarkManager bookmarks) {
		return new DriverBookmarks(bookmarks);
	}
}
