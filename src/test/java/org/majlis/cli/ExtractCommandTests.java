package org.majlis.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.majlis.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code extract}, the dry run, over a store into which one invented article was ingested first. */
class ExtractCommandTests {

	private static CommandRun table;
	private static CommandRun again;
	private static CommandRun json;
	private static CommandRun refused;
	private static CommandRun missing;

	@BeforeAll
	static void ingestOneArticleThenExtractAnother() throws Exception {
		Path root = Files.createDirectories(Path.of("target", "cli-tests"));
		Path folder = Files.createTempDirectory(root, "extract-");
		Path known = folder.resolve("known.txt");
		Files.writeString(known, "شارك العميد سامر يوسف الحداد مدير إدارة الإنتربول في اجتماع إقليمي عقد في مدينة بيروت يوم 2 يونيو 2024.",
				StandardCharsets.UTF_8);
		Path article = folder.resolve("article.json");
		Files.writeString(article, """
				{"text": "استقبل العميد سامر يوسف الحداد، أمس، العقيد جورج إلياس نصار رئيس شعبة العلاقات الدولية، وبحثا سبل مكافحة الاتجار بالبشر.",
				 "publishedAt": "2024-07-09"}
				""", StandardCharsets.UTF_8);
		Path binary = folder.resolve("binary.txt");
		Files.write(binary, new byte[] { 'a', 0, 'b' });
		String store = "--majlis.neo4j.embedded.data-dir=" + Files.createTempDirectory(root, "store-");
		assertThat(CommandRun.of("ingest", known.toString(), store).exitCode()).isZero();
		table = CommandRun.of("extract", article.toString(), store);
		again = CommandRun.of("extract", article.toString(), store);
		json = CommandRun.of("extract", article.toString(), "--format", "json", store);
		refused = CommandRun.of("extract", binary.toString(), store);
		missing = CommandRun.of("extract", folder.resolve("none.txt").toString(), store);
	}

	@Test
	void shouldListWhatTheArticleWouldAddWithTheNodesItResolvesTo() {
		assertThat(table.exitCode()).as(table.err()).isZero();
		assertThat(table.out()).contains("Article date: 2024-07-09").contains("PEOPLE (2)").contains("ATTENDANCE (2)")
			.containsPattern("سامر يوسف الحداد .*existing person:")
			.containsPattern("جورج إلياس نصار .*new person:")
			.containsPattern("MEETING .*2024-07-08")
			.contains("SENTENCES").containsPattern("S1 +استقبل العميد");
	}

	@Test
	void shouldWriteNothing() {
		assertThat(again.out()).isEqualTo(table.out());
	}

	@Test
	void shouldWriteThePreviewAsJson() throws Exception {
		assertThat(json.exitCode()).isZero();
		JsonNode preview = JsonMapper.builder().build().readTree(json.out());
		assertThat(preview.get("people")).hasSize(2);
		assertThat(preview.at("/people/0/resolution/existing").asBoolean()).isTrue();
		assertThat(preview.at("/people/1/resolution/existing").asBoolean()).isFalse();
		assertThat(preview.at("/attendances/0/why/rule").asString()).isNotBlank();
		assertThat(preview.get("newNodes").asInt()).isPositive();
	}

	@Test
	void shouldRefuseBadInputAndAMissingFile() {
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.err()).contains("ERROR").contains("binary.txt");
		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.err()).contains("No such file");
	}
}
