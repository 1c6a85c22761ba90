package org.majlis.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's demo store: made of a stopped store, copied only into an empty data folder and only for its own build. */
class DemoStoreTests {

	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.map(file -> folder.relativize(file).toString().replace('\\', '/')).sorted().toList();
		}
	}

	@Test
	void shouldCopyTheStoreItWasMadeOfIntoAnEmptyDataFolder() throws Exception {
		Path made = Files.createTempDirectory(Path.of("target"), "demo-store-made-");
		Map<String, Object> loaded = StoredGraph.of(made);
		Path folder = made.resolveSibling(made.getFileName() + "-demo-store");
		DemoStore.make(made, folder, "build-1");
		assertThat(files(folder)).noneMatch(file -> file.endsWith("store_lock") || file.endsWith("database_lock") || file.endsWith("server_id"))
			.contains("data/databases/neo4j", "data/transactions/neo4j", DemoStore.STAMP);

		Path empty = Files.createTempDirectory(Path.of("target"), "demo-store-copy-");
		assertThat(DemoStore.of(folder, "build-1").orElseThrow().copyInto(empty)).isTrue();
		assertThat(files(empty)).as("no half copy is left beside it").noneMatch(file -> file.startsWith(".demo-store-"));
		assertThat(StoredGraph.of(empty)).isEqualTo(loaded);
		assertThat((Long) loaded.get("nodes")).isGreaterThan(50);
	}

	@Test
	void shouldBeUsedOnlyByTheBuildThatMadeIt() throws Exception {
		Path store = Files.createTempDirectory(Path.of("target"), "demo-store-stamp-");
		Files.createDirectories(store.resolve("data/databases/neo4j"));
		Path folder = store.resolveSibling(store.getFileName() + "-demo-store");
		DemoStore.make(store, folder, "build-1");

		assertThat(DemoStore.of(folder, "build-1")).isPresent();
		assertThat(DemoStore.of(folder, "build-2")).isEmpty();
		assertThat(DemoStore.of(folder, null)).as("a start from classes has no build").isEmpty();
		assertThat(DemoStore.of(folder.resolveSibling("missing"), "build-1")).isEmpty();
		Files.delete(folder.resolve(DemoStore.STAMP));
		assertThat(DemoStore.of(folder, "build-1")).as("no stamp").isEmpty();
	}

	@Test
	void shouldLeaveADataFolderThatHoldsAStoreAsItIs() throws Exception {
		Path store = Files.createTempDirectory(Path.of("target"), "demo-store-source-");
		Files.createDirectories(store.resolve("data/databases/neo4j"));
		Files.writeString(store.resolve("data/databases/neo4j/neostore"), "demo");
		Path folder = store.resolveSibling(store.getFileName() + "-demo-store");
		DemoStore.make(store, folder, "build-1");

		Path used = Files.createTempDirectory(Path.of("target"), "demo-store-used-");
		Files.createDirectories(used.resolve("data/databases/neo4j"));
		Files.writeString(used.resolve("data/databases/neo4j/neostore"), "the user's");
		List<String> before = files(used);

		assertThat(DemoStore.of(folder, "build-1").orElseThrow().copyInto(used)).isFalse();
		assertThat(files(used)).isEqualTo(before);
		assertThat(Files.readString(used.resolve("data/databases/neo4j/neostore"))).isEqualTo("the user's");
	}
}
