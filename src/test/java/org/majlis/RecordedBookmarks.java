package org.majlis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationListener;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarksUpdatedEvent;

/**
 * What happens to the service's shared bookmarks, in order: each update by Spring Data Neo4j's writers (its
 * transaction manager and {@code Neo4jClient}, which publish the bookmarks they hold after it), and each transaction
 * of a session opened on the driver directly (the bookmarks it started after and the ones it left), seen through the
 * driver's {@link BookmarkManager} bean, which this wraps.
 */
@TestComponent
public class RecordedBookmarks implements BeanPostProcessor, ApplicationListener<Neo4jBookmarksUpdatedEvent> {

	/** A step of the chain. */
	public sealed interface Step {
	}

	/** Spring Data Neo4j committed, and these are the bookmarks held since. */
	public record WriterCommit(Set<Bookmark> held) implements Step {
	}

	/** A transaction of a driver session began after these bookmarks and left those. */
	public record DriverTransaction(Set<Bookmark> after, Set<Bookmark> left) implements Step {
	}

	private final List<Step> steps = new CopyOnWriteArrayList<>();
	private final ThreadLocal<Boolean> inDriverUpdate = ThreadLocal.withInitial(() -> false);
	private volatile BookmarkManager shared;
	private volatile boolean recording;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof BookmarkManager bookmarks) {
			shared = bookmarks;
			return new Recording(bookmarks);
		}
		return bean;
	}

	@Override
	public void onApplicationEvent(Neo4jBookmarksUpdatedEvent event) {
		if (recording && !inDriverUpdate.get()) {
			steps.add(new WriterCommit(Set.copyOf(event.getBookmarks())));
		}
	}

	/** Records from now on, forgetting the steps before; answers the bookmarks held now. */
	public Set<Bookmark> start() {
		steps.clear();
		recording = true;
		return shared.getBookmarks();
	}

	/** The steps since the last {@link #start()}. */
	public List<Step> steps() {
		return new ArrayList<>(steps);
	}

	private final class Recording implements BookmarkManager {

		private final transient BookmarkManager delegate;

		Recording(BookmarkManager delegate) {
			this.delegate = delegate;
		}

		@Override
		public Set<Bookmark> getBookmarks() {
			return delegate.getBookmarks();
		}

		@Override
		public void updateBookmarks(Set<Bookmark> previousBookmarks, Set<Bookmark> newBookmarks) {
			if (recording) {
				steps.add(new DriverTransaction(Set.copyOf(previousBookmarks), Set.copyOf(newBookmarks)));
			}
			inDriverUpdate.set(true);
			try {
				delegate.updateBookmarks(previousBookmarks, newBookmarks);
			}
			finally {
				inDriverUpdate.set(false);
			}
		}
	}
}
