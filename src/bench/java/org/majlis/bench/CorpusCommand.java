package org.majlis.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.majlis.bench.synthetic.SyntheticCorpus;
import org.majlis.ingest.IngestArticleInput;

import tools.jackson.databind.json.JsonMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench/run corpus --articles N --seed S --to DIR}: writes the synthetic corpus of {@code bench/run ingest} as one
 * {@code .json} article file each ({@code article-0001.json}, …), for trying {@code ingest} and for fault tests.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Writes a deterministic synthetic corpus of Arabic articles as .json files that ingest reads.")
class CorpusCommand implements Callable<Integer> {

	@Option(names = "--articles", defaultValue = "200", description = "Articles to write (default ${DEFAULT-VALUE}).")
	int articles;

	@Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic corpus (default ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--to", required = true, paramLabel = "DIR", description = "The folder to write the files into.")
	Path to;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (articles < 1) {
			throw new ParameterException(spec.commandLine(), "--articles must be at least 1");
		}
		Files.createDirectories(to);
		JsonMapper json = JsonMapper.builder().build();
		List<IngestArticleInput> corpus = new SyntheticCorpus(seed).next(articles);
		String name = "article-%0" + String.valueOf(articles).length() + "d.json";
		for (int i = 0; i < corpus.size(); i++) {
			Files.writeString(to.resolve(name.formatted(i + 1)), json.writeValueAsString(fields(corpus.get(i))), StandardCharsets.UTF_8);
		}
		PrintWriter out = spec.commandLine().getOut();
		out.printf("Wrote %,d articles to %s%n", corpus.size(), to.toAbsolutePath().normalize());
		out.flush();
		return 0;
	}

	private static Map<String, String> fields(IngestArticleInput article) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("text", article.text());
		fields.put("url", article.url());
		fields.put("title", article.title());
		fields.put("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toString());
		fields.put("language", article.language());
		fields.put("sourceName", article.sourceName());
		return fields;
	}
}
