package org.majlis.ingest.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.majlis.common.PartialDate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what the extractor reads from every article of ../shared/dev/corpus and ../shared/corpus as one
 * deterministic JSON file, named by the environment variable MAJLIS_EXTRACT_SNAPSHOT (skipped without it). Two
 * snapshots compared with {@code cmp} show whether a change to the extractor changed its output.
 */
@EnabledIfEnvironmentVariable(named = "MAJLIS_EXTRACT_SNAPSHOT", matches = ".+")
class ExtractionSnapshotTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void shouldWriteEveryExtractionOfBothCorpora() throws IOException {
		ArticleExtractor extractor = new ArticleExtractor();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("dev", extractions(extractor, Path.of("../shared/dev/corpus"), Path.of("../shared/dev/gold.json")));
		out.put("sample", extractions(extractor, Path.of("../shared/corpus"), Path.of("../shared/eval/seed-gold.json")));
		Path target = Path.of(System.getenv("MAJLIS_EXTRACT_SNAPSHOT"));
		Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n", StandardCharsets.UTF_8);
	}

	/** Each article of the folder, by file name in order, read with its publication date from the gold file. */
	private static Map<String, ArticleExtraction> extractions(ArticleExtractor extractor, Path corpus, Path gold) throws IOException {
		Map<?, ?> articles = (Map<?, ?>) JSON.readValue(gold.toFile(), Map.class).get("articles");
		List<Path> files;
		try (Stream<Path> list = Files.list(corpus)) {
			files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		Map<String, ArticleExtraction> out = new LinkedHashMap<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			Map<?, ?> meta = (Map<?, ?>) articles.get(name);
			Object published = meta == null ? null : meta.get("published");
			PartialDate date = published == null ? null : PartialDate.parse(published.toString());
			out.put(name, extractor.extract(Files.readString(file, StandardCharsets.UTF_8), date));
		}
		return out;
	}
}
