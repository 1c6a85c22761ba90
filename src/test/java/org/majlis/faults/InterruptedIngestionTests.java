package org.majlis.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.majlis.CommandRun;
import org.majlis.TestStore;
import org.majlis.common.PartialDate;
import org.majlis.ingest.IngestArticleInput;
import org.majlis.ingest.IngestResult;
import org.majlis.ingest.IngestService;
import org.neo4j.driver.Driver;

import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ingestion killed with SIGKILL part-way through a batch leaves only whole articles: after recovery every
 * stored article has exactly what an uninterrupted ingestion of the same batch writes for it, and running the
 * batch again completes it without duplicates. A batch of 50 articles, killed after at least 15 of them (the
 * ingestion prints a progress line at every tenth of the batch, so the kill comes with 35 still to go); each article is
 * also ingested into a reference store to compare with.
 */
class InterruptedIngestionTests {

	private static final int ARTICLES = 50;
	private static final int KILL_AFTER = 15;

	private static int doneBeforeKill;
	private static List<Map<String, Object>> recovered;
	private static List<IngestResult> secondRun;
	private static List<Map<String, Object>> completed;
	private static Map<String, Object> uniqueness;
	private static List<Map<String, Object>> reference;

	@BeforeAll
	static void killTheIngestionThenRecoverAndCompleteIt() throws Exception {
		Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target", "fault-tests")), "killed-");
		Path folder = root.resolve("articles");
		CommandRun corpus = CommandRun.bench("corpus", "--articles", String.valueOf(ARTICLES), "--seed", "11",
				"--to", folder.toString());
		assertThat(corpus.exitCode()).as(corpus.err()).isZero();
		List<IngestArticleInput> articles = read(folder);
		Path crashed = root.resolve("crashed");
		doneBeforeKill = KilledIngestion.run(folder, crashed, KILL_AFTER);
		try (ConfigurableApplicationContext context = TestStore.start(crashed, "--majlis.demo.enabled=false")) {
			recovered = articleContents(context);
			secondRun = ingest(context, articles);
			completed = articleContents(context);
			uniqueness = TestStore.rows(context.getBean(Driver.class), """
					RETURN COUNT { (a:Article) } AS articles, COUNT { (p:Person) } AS people,
					       size(COLLECT { MATCH (p:Person) RETURN DISTINCT p.id }) AS personIds,
					       size(COLLECT { MATCH (a:Article) RETURN DISTINCT a.contentHash }) AS hashes
					""").getFirst();
		}
		try (ConfigurableApplicationContext context = TestStore.start(root.resolve("reference"), "--majlis.demo.enabled=false")) {
			ingest(context, articles);
			reference = articleContents(context);
		}
	}

	@Test
	void shouldHaveKilledTheIngestionPartWayThroughTheBatch() {
		assertThat(doneBeforeKill).isBetween(KILL_AFTER, ARTICLES - 1);
		assertThat(recovered).hasSizeBetween(doneBeforeKill, ARTICLES - 1);
	}

	@Test
	void shouldKeepOnlyWholeArticlesAfterTheKill() {
		assertThat(reference).hasSize(ARTICLES);
		assertThat(reference).containsAll(recovered);
	}

	@Test
	void shouldReportTheArticlesStoredBeforeTheKillAsDuplicatesOnTheSecondRun() {
		assertThat(secondRun.stream().filter(IngestResult::duplicate).map(IngestResult::articleId))
			.containsExactlyInAnyOrderElementsOf(recovered.stream().map(row -> (String) row.get("id")).toList());
	}

	@Test
	void shouldCompleteTheBatchAsAnUninterruptedIngestionWritesIt() {
		assertThat(completed).isEqualTo(reference);
	}

	@Test
	void shouldHoldEveryArticleAndPersonOnce() {
		assertThat(uniqueness.get("articles")).isEqualTo((long) ARTICLES);
		assertThat(uniqueness.get("hashes")).isEqualTo((long) ARTICLES);
		assertThat(uniqueness.get("personIds")).isEqualTo(uniqueness.get("people"));
		assertThat(peopleOf(completed, true)).as("people of articles stored before the kill and named again after it")
			.containsAnyElementsOf(peopleOf(completed, false));
	}

	/** The people mentioned by the articles stored before the kill, or by those stored after it. */
	private static Set<Object> peopleOf(List<Map<String, Object>> articles, boolean beforeTheKill) {
		Set<Object> before = recovered.stream().map(row -> row.get("id")).collect(Collectors.toSet());
		return articles.stream().filter(row -> before.contains(row.get("id")) == beforeTheKill)
			.flatMap(row -> ((List<?>) row.get("mentioned")).stream())
			.filter(id -> id.toString().startsWith("person:"))
			.collect(Collectors.toSet());
	}

	private static List<IngestResult> ingest(ConfigurableApplicationContext context, List<IngestArticleInput> articles) {
		IngestService ingest = context.getBean(IngestService.class);
		return articles.stream().map(ingest::ingest).toList();
	}

	/** The corpus's files in the order {@code ingest} reads them (file-name order). */
	private static List<IngestArticleInput> read(Path folder) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		List<IngestArticleInput> articles = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				JsonNode node = json.readTree(Files.readString(file));
				articles.add(new IngestArticleInput(node.get("text").asString(), node.get("url").asString(),
						node.get("title").asString(), PartialDate.parseOrNull(node.get("publishedAt").asString(null)),
						node.get("language").asString(), node.get("sourceName").asString()));
			}
		}
		return articles;
	}

	/**
	 * What ingestion wrote for each article, without timestamps: the entities it mentions, the facts it is a
	 * source of, and all its relationships.
	 */
	private static List<Map<String, Object>> articleContents(ConfigurableApplicationContext context) {
		return TestStore.rows(context.getBean(Driver.class), """
				MATCH (a:Article)
				RETURN a.id AS id, a.url AS url,
				       COLLECT { MATCH (n)-[:MENTIONED_IN]->(a) RETURN n.id ORDER BY n.id } AS mentioned,
				       COLLECT { MATCH (x)-[r]->(y) WHERE a.id IN r.sourceIds
				                 RETURN x.id + ' ' + type(r) + ' ' + y.id AS fact ORDER BY fact } AS facts,
				       COUNT { (a)--() } AS relationships
				ORDER BY id
				""");
	}
}
