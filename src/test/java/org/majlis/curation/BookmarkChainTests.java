package org.majlis.curation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.majlis.EmptyStoreTest;
import org.majlis.RecordedBookmarks;
import org.majlis.RecordedBookmarks.DriverTransaction;
import org.majlis.RecordedBookmarks.Step;
import org.majlis.RecordedBookmarks.WriterCommit;
import org.neo4j.driver.Bookmark;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads wait for the writes before them (on a causal cluster, the server holds a transaction back until it has the
 * bookmarks it starts after): the bookmark that an ingestion or a merge through GraphQL commits is the one the next
 * GraphQL read's driver session starts after, although the writers run through Spring Data Neo4j and the reads on the
 * driver itself.
 */
@EmptyStoreTest
class BookmarkChainTests {

	private static final String NODE = "query($id: ID!) { node(id: $id) { id } }";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	RecordedBookmarks bookmarks;

	private CurationRequests http() {
		return new CurationRequests(graphQl);
	}

	@Test
	void shouldStartTheReadAfterAnIngestionAfterTheBookmarkTheIngestionCommitted() {
		Set<Bookmark> before = bookmarks.start();
		JsonNode ingested = http().ingest("شارك العقيد سالم راشد الكعبي في اجتماع إقليمي عقد في مدينة العين يوم 5 أغسطس 2025.", "2025-08-06");
		Set<Bookmark> committed = committedByWriters(before);
		String article = ingested.at("/article/id").asString();

		bookmarks.start();
		JsonNode node = http().readDocument(NODE, Map.of("id", article)).get("node");

		assertThat(node.get("id").asString()).isEqualTo(article);
		assertThat(onlyDriverTransaction().after()).containsAll(committed);
	}

	@Test
	void shouldStartTheReadAfterAMergeAfterTheBookmarkTheMergeCommitted() {
		String survivor = CurationRequests.person(http().ingest("حضر المقدم حمد سعيد النعيمي اجتماعا أمنيا في مدينة عجمان يوم 7 أغسطس 2025.",
				"2025-08-08"), "النعيمي");
		String merged = CurationRequests.person(http().ingest("شارك المقدم حمد سعد النعيمي في ورشة عمل عقدت في مدينة الفجيرة يوم 9 أغسطس 2025.",
				"2025-08-10"), "النعيمي");

		Set<Bookmark> before = bookmarks.start();
		http().written("mergeNodes", Map.of("into", survivor, "from", List.of(merged)));
		Set<Bookmark> committed = committedByWriters(before);

		bookmarks.start();
		JsonNode node = http().readDocument(NODE, Map.of("id", merged)).get("node");

		assertThat(node.get("id").asString()).isEqualTo(survivor);
		assertThat(onlyDriverTransaction().after()).containsAll(committed);
	}

	/**
	 * The bookmarks the writers' commit added to those held before the mutation; checks on the way that the mutation's
	 * own read of what it wrote (a driver session) started after them.
	 */
	private Set<Bookmark> committedByWriters(Set<Bookmark> before) {
		List<Step> steps = bookmarks.steps();
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i) instanceof WriterCommit(Set<Bookmark> held) && !before.containsAll(held)) {
				Set<Bookmark> committed = new HashSet<>(held);
				committed.removeAll(before);
				List<DriverTransaction> later = steps.subList(i + 1, steps.size()).stream()
					.filter(DriverTransaction.class::isInstance).map(DriverTransaction.class::cast).toList();
				assertThat(later).as("the mutation's read of what it wrote, after %s", steps).isNotEmpty();
				assertThat(later.getFirst().after()).containsAll(committed);
				return committed;
			}
		}
		throw new AssertionError("No commit of the writers added a bookmark: " + steps);
	}

	private DriverTransaction onlyDriverTransaction() {
		List<Step> steps = bookmarks.steps();
		assertThat(steps).as("the read's steps").hasSize(1).first().isInstanceOf(DriverTransaction.class);
		return (DriverTransaction) steps.getFirst();
	}
}
