package org.majlis.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.majlis.CommandRun;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ingest} over a folder of small invented articles, one bad file among them, run twice on one store. */
class IngestCommandTests {

	private static CommandRun first;
	private static CommandRun second;

	@BeforeAll
	static void ingestTheFolderTwice() throws Exception {
		Path root = Files.createDirectories(Path.of("target", "cli-tests"));
		Path folder = Files.createTempDirectory(root, "articles-");
		Files.writeString(folder.resolve("meeting.txt"), "شارك اللواء سالم فهد الكعبي في اجتماع المنظمة الدولية للشرطة الجنائية "
				+ "في ليون يوم الثلاثاء 12 مارس 2024، وناقش الاجتماع الجريمة السيبرانية.", StandardCharsets.UTF_8);
		Files.createDirectories(folder.resolve("2024/april"));
		Files.writeString(folder.resolve("2024/april/visit.txt"), "استقبل العميد كمال ناصر العلي، رئيس الإنتربول، "
				+ "في 3 أبريل 2024 وفداً من وزارة الداخلية لبحث تبادل المعلومات.", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("many.json"), """
				[
				  {"text": "احتضنت مدينة الرباط في 5 نونبر 2023 أعمال المؤتمر الثالث لمكافحة الإرهاب بمشاركة العقيد خالد عبدالله الشامسي.",
				   "url": "https://example.org/news/1", "title": "مؤتمر الرباط", "publishedAt": "2023-11-05",
				   "language": "ar", "sourceName": "Example"},
				  {"text": "نظمت جامعة نايف العربية للعلوم الأمنية ورشة عمل حول الذكاء الاصطناعي في الرياض في 10 مايو 2022.",
				   "publishedAt": "2022-05"}
				]
				""", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("one.json"), """
				{"text": "حضر الفريق حمد بن سلمان آل خليفة ندوة عن الجريمة المنظمة في المنامة.", "publishedAt": "--11-24"}
				""", StandardCharsets.UTF_8);
		Files.write(folder.resolve("broken.txt"), new byte[] { 0, (byte) 0xff, (byte) 0xfe, 7, 0x41, (byte) 0xc3 });
		Files.writeString(folder.resolve("notes.md"), "not an article", StandardCharsets.UTF_8);
		String store = "--majlis.neo4j.embedded.data-dir=" + Files.createTempDirectory(root, "store-");
		first = CommandRun.of("ingest", folder.toString(), store);
		second = CommandRun.of(store, "ingest", folder.toString());
	}

	@Test
	void shouldIngestEveryArticleOfTheFolderAndFailTheBinaryFile() {
		assertThat(first.out()).contains("Ingested 5 files").contains("5 new, 0 duplicate, 1 failed");
		assertThat(first.exitCode()).isEqualTo(1);
	}

	@Test
	void shouldNameTheFailedFileOnALineOfItsOwn() {
		assertThat(first.err().lines().filter(line -> line.startsWith("FAILED ")))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("broken.txt: not UTF-8 text");
	}

	@Test
	void shouldCountTheEntitiesTheArticlesCreated() {
		assertThat(first.out()).containsPattern("entities: [1-9][0-9,]* created");
	}

	@Test
	void shouldReportPlainProgressLinesWhenNotOnATerminal() {
		assertThat(first.err()).contains("100% 5/5 files");
	}

	@Test
	void shouldAnswerDuplicatesWhenTheSameFolderIsIngestedAgain() {
		assertThat(second.out()).contains("0 new, 5 duplicate, 1 failed").contains("entities: 0 created, 0 merged");
		assertThat(second.exitCode()).isEqualTo(1);
	}
}
