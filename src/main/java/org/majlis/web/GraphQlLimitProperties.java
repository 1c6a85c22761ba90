package org.majlis.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on a GraphQL document ({@code majlis.graphql.*}), checked before any data is fetched.
 *
 * @param maxDepth deepest nesting of fields
 * @param maxItems most items the answer to one operation may hold, as estimated before it runs: each field counts once
 * for every object it is selected on, so a field under {@code events(first: 50) { edges { node { … } } }} counts 50
 * times, and under a list of objects without {@code first} ({@code Event.attendees}) {@code listEstimate} times for each
 * such list; lists of scalars count once, introspection not at all
 * @param listEstimate how many objects a list of objects without {@code first} ({@code Event.attendees},
 * {@code Person.positions}) is taken to hold: an estimate for the cost, not a bound ({@code majlis.query.list-ceiling}
 * bounds the list)
 * @param maxAliases most aliased fields in one document
 * @param timeout longest a request may run before it is answered with a TIMEOUT error
 * @param maxConcurrentReads most queries running at once (0: twice the processors); the others wait their turn, so
 * that writes (never held back) are not starved by many readers
 * @param readsWhileWriting most queries starting while a mutation runs, so that an ingestion shares the cores with fewer
 * readers (0, or {@code maxConcurrentReads} or more: as many as at other times, no priority for writes)
 */
@ConfigurationProperties("majlis.graphql")
public record GraphQlLimitProperties(@DefaultValue("15") int maxDepth, @DefaultValue("50000") long maxItems,
		@DefaultValue("10") int listEstimate, @DefaultValue("30") int maxAliases, @DefaultValue("30s") Duration timeout,
		@DefaultValue("0") int maxConcurrentReads, @DefaultValue("0") int readsWhileWriting) {

	/** {@link #maxConcurrentReads}, 0 taken as twice the processors. */
	int concurrentReads() {
		return maxConcurrentReads > 0 ? maxConcurrentReads : 2 * Runtime.getRuntime().availableProcessors();
	}

	/** {@link #readsWhileWriting}, 0 taken as {@link #concurrentReads()}, at most that. */
	int concurrentReadsWhileWriting() {
		return readsWhileWriting > 0 ? Math.min(readsWhileWriting, concurrentReads()) : concurrentReads();
	}
}
