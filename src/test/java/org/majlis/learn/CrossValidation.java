package org.majlis.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.majlis.MajlisApplication;
import org.majlis.ingest.IngestArticleInput;
import org.majlis.ingest.IngestService;
import org.majlis.ingest.extract.ArticleExtractor;
import org.majlis.ingest.extract.participation.AttendanceModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How the attendance decision generalises to outlets it was not trained on, against the rules alone: leave one outlet
 * out. For each outlet of an annotated set (../shared/dev by default) a model is trained on the other outlets' texts;
 * the outlet's texts are then ingested with that model into a new empty store, so that every text is read once by a
 * model that never saw its outlet, and ../shared/eval/score.py scores the whole graph as it scores the service. The
 * rules alone are ingested and scored the same way in the same run. Run:
 * {@code ./mvnw -q -Pextraction-cv test-compile exec:exec}; results in {@code bench/results/extraction-cv.md}.
 */
public final class CrossValidation {

	private static final String[] CATEGORIES = { "graph", "attendance", "events", "people", "positions", "organizations", "organizers",
			"topics", "locations" };

	private static final double SWEEP_FROM = 0.4;
	private static final double SWEEP_STEP = 0.05;
	private static final int SWEEP_STEPS = 8;

	private CrossValidation() {
	}

	public static void main(String[] args) throws Exception {
		Path set = Path.of(args.length > 0 ? args[0] : "../shared/dev").toAbsolutePath().normalize();
		Gold gold = Gold.read(set);
		AttendanceExamples examples = AttendanceExamples.of(gold);
		Map<String, AttendanceModel> folds = new LinkedHashMap<>();
		List<Boolean[]> rulePairs = new ArrayList<>();
		List<Boolean[]> learnedPairs = new ArrayList<>();
		List<Boolean[]> modelPairs = new ArrayList<>();
		List<double[]> decided = new ArrayList<>();
		for (String outlet : gold.byOutlet().keySet()) {
			AttendanceModel model = AttendanceTrainer.train(examples.without(outlet), List.of());
			folds.put(outlet, model);
			examples.examples().stream().filter(e -> e.outlet().equals(outlet)).forEach(e -> {
				rulePairs.add(new Boolean[] { e.ruleLinked(), e.attended() });
				learnedPairs.add(new Boolean[] { e.ruleLinked() || model.attends(model.probability(e.features())), e.attended() });
				modelPairs.add(new Boolean[] { model.attends(model.probability(e.features())), e.attended() });
				decided.add(new double[] { e.ruleLinked() ? 1 : 0, model.probability(e.features()), e.attended() ? 1 : 0 });
			});
		}
		JsonNode rules = scoreGraph(set, gold, outlet -> ArticleExtractor.rulesAlone());
		JsonNode learned = scoreGraph(set, gold, outlet -> new ArticleExtractor(folds.get(outlet)));
		String report = report(set, gold, examples, PairScores.of(rulePairs), PairScores.of(learnedPairs),
				PairScores.of(modelPairs), rules, learned)
				+ thresholds(decided) + groups(gold, examples);
		Path out = Path.of("bench/results/extraction-cv.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report, StandardCharsets.UTF_8);
		System.out.println(report);
	}

	/** The extractor that reads one outlet's texts. */
	interface ExtractorFor {

		ArticleExtractor of(String outlet);
	}

	/** Ingests every text, each outlet with its own extractor, into a new empty store and scores the graph. */
	private static JsonNode scoreGraph(Path set, Gold gold, ExtractorFor extractors) throws IOException, InterruptedException {
		Path store = Files.createTempDirectory("majlis-cv-");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MajlisApplication.class, FoldExtractor.Configuration.class)
			.run("--server.port=0", "--majlis.neo4j.embedded.data-dir=" + store, "--majlis.neo4j.embedded.bolt-port=0",
					"--majlis.demo.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
			FoldExtractor extractor = context.getBean(FoldExtractor.class);
			IngestService ingestion = context.getBean(IngestService.class);
			for (Map.Entry<String, List<String>> outlet : gold.byOutlet().entrySet()) {
				extractor.use(extractors.of(outlet.getKey()));
				for (String file : outlet.getValue()) {
					ingestion.ingest(new IngestArticleInput(gold.text(file), "corpus:" + file, null, gold.articles().get(file).published(), "ar",
							null));
				}
			}
			String port = context.getEnvironment().getProperty("local.server.port");
			return score(set, "http://127.0.0.1:" + port + "/graphql");
		}
	}

	private static JsonNode score(Path set, String endpoint) throws IOException, InterruptedException {
		Path json = Files.createTempFile("majlis-cv-", ".json");
		Process process = new ProcessBuilder("python3", set.resolveSibling("eval").resolve("score.py").toString(), "--no-ingest", "--endpoint",
				endpoint, "--corpus", set.resolve("corpus").toString(), "--gold", set.resolve("gold.json").toString(), "--json", json.toString())
			.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException("score.py failed:\n" + output);
		}
		return JsonMapper.builder().build().readTree(json.toFile());
	}

	private static String report(Path set, Gold gold, AttendanceExamples examples, PairScores rulePairs, PairScores learnedPairs,
			PairScores modelPairs, JsonNode rules, JsonNode learned) {
		StringBuilder out = new StringBuilder();
		out.append("# Attendance decision: leave-one-outlet-out cross-validation\n\n");
		out.append("Run on %s with `./mvnw -q -Pextraction-cv test-compile exec:exec` over `%s`: %d texts from %d outlets, %d labelled person-event pairs. "
			.formatted(LocalDate.now(), set.getFileName(), gold.articles().size(), gold.byOutlet().size(), examples.examples().size()))
			.append("Each outlet's texts were read by a model trained on the other outlets only, ingested into one empty store, and the whole ")
			.append("graph scored by `../shared/eval/score.py`; the rules alone were ingested and scored the same way.\n\n");
		out.append("## Graph (score.py, F1)\n\n| | rules alone | learned decision (cross-validated) |\n|---|---|---|\n");
		for (String category : CATEGORIES) {
			out.append("| %s | %s | %s |\n".formatted(category, figure(rules, category), figure(learned, category)));
		}
		out.append("| dates right | %s | %s |\n".formatted(dates(rules), dates(learned)));
		out.append("\n## Labelled pairs (the people and events the rules read, paired with the annotation)\n\n");
		out.append("- rules alone: ").append(rulePairs).append('\n');
		out.append("- learned decision (a construction's link, else the model): ").append(learnedPairs).append('\n');
		out.append("- the model alone, as if no construction had linked anyone: ").append(modelPairs).append('\n');
		return out.toString();
	}

	/**
	 * The labelled pairs as the service decides them (linked by a construction, or the cross-validated probability at
	 * least the threshold) at thresholds around the trained one: what a stricter or looser decision would trade.
	 */
	private static String thresholds(List<double[]> decided) {
		StringBuilder out = new StringBuilder("\n## Decision threshold (labelled pairs: a construction's link, else p >= threshold)\n\n");
		out.append("| threshold | pairs |\n|---|---|\n");
		for (int step = 0; step <= SWEEP_STEPS; step++) {
			double threshold = SWEEP_FROM + step * SWEEP_STEP;
			List<Boolean[]> pairs = decided.stream().map(d -> new Boolean[] { d[0] > 0 || d[1] >= threshold, d[2] > 0 }).toList();
			out.append("| %.2f | %s |\n".formatted(threshold, PairScores.of(pairs)));
		}
		return out.toString();
	}

	/** The groups of AttendanceFeatures, by the start of their names. */
	private static final String[] GROUPS = { "governed", "together", "distance=", "events=", "cue=" };

	/**
	 * Each group of cues left out in turn, the labelled pairs decided as the service decides them, cross-validated the
	 * same way: a group whose absence scores as well or better does not earn its place.
	 */
	private static String groups(Gold gold, AttendanceExamples examples) {
		StringBuilder out = new StringBuilder("\n## Groups of cues (labelled pairs, cross-validated, with one group left out)\n\n");
		out.append("| left out | pairs |\n|---|---|\n");
		out.append("| nothing | %s |\n".formatted(withoutGroup(gold, examples, null)));
		for (String group : GROUPS) {
			out.append("| `%s…` | %s |\n".formatted(group, withoutGroup(gold, examples, group)));
		}
		return out.toString();
	}

	private static PairScores withoutGroup(Gold gold, AttendanceExamples examples, String group) {
		List<Boolean[]> pairs = new ArrayList<>();
		List<AttendanceExamples.Example> kept = examples.examples().stream().map(e -> e.without(group)).toList();
		for (String outlet : gold.byOutlet().keySet()) {
			AttendanceModel model = AttendanceTrainer.train(kept.stream().filter(e -> !e.outlet().equals(outlet)).toList(), List.of());
			kept.stream().filter(e -> e.outlet().equals(outlet))
				.forEach(e -> pairs.add(new Boolean[] { e.ruleLinked() || model.attends(model.probability(e.features())), e.attended() }));
		}
		return PairScores.of(pairs);
	}

	private static String figure(JsonNode scores, String category) {
		JsonNode c = scores.get(category);
		return "%.3f (P %.3f, R %.3f)".formatted(c.get("f1").asDouble(), c.get("precision").asDouble(), c.get("recall").asDouble());
	}

	private static String dates(JsonNode scores) {
		JsonNode d = scores.get("dates");
		return d.get("start_right").asInt() + "/" + d.get("dated_events").asInt();
	}
}
