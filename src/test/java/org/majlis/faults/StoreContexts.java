package org.majlis.faults;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.majlis.MajlisApplication;
import org.majlis.bench.BenchMain;
import org.majlis.cli.CommandLauncher;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application on a store folder, runs commands in-process, and reads what a store holds. */
final class StoreContexts {

	/** One in-process run of the command line. */
	record Run(int exitCode, String out, String err) {
	}

	private StoreContexts() {
	}

	static ConfigurableApplicationContext start(Path dataDir, boolean demo) {
		return new SpringApplicationBuilder(MajlisApplication.class).web(WebApplicationType.NONE)
			.run("--majlis.neo4j.embedded.data-dir=" + dataDir, "--majlis.neo4j.embedded.bolt-port=0",
					"--majlis.demo.enabled=" + demo);
	}

	static Run command(String... args) {
		return run((out, err) -> new CommandLauncher(MajlisApplication.class, out, err, false), args);
	}

	/** A command of the benchmark's command line ({@code corpus} writes its synthetic articles as files). */
	static Run benchCommand(String... args) {
		return run(BenchMain::launcher, args);
	}

	private static Run run(BiFunction<PrintWriter, PrintWriter, CommandLauncher> launcher, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = launcher.apply(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
		return new Run(code, out.toString(), err.toString());
	}

	/** Every node's labels and properties, in a stable order, with the node and relationship counts. */
	static Map<String, Object> fingerprint(ConfigurableApplicationContext context) {
		return query(context, """
				MATCH (n) WITH n ORDER BY coalesce(n.id, n.key, toString(n.version)), labels(n)[0]
				WITH count(n) AS nodes, collect([labels(n), properties(n)]) AS contents
				MATCH ()-[r]->() WITH nodes, contents, count(r) AS relationships
				RETURN nodes, relationships, contents
				""").getFirst();
	}

	/**
	 * What ingestion wrote for each article, without timestamps: the entities it mentions, the facts it is a
	 * source of, and all its relationships.
	 */
	static List<Map<String, Object>> articleContents(ConfigurableApplicationContext context) {
		return query(context, """
				MATCH (a:Article)
				RETURN a.id AS id, a.url AS url,
				       COLLECT { MATCH (n)-[:MENTIONED_IN]->(a) RETURN n.id ORDER BY n.id } AS mentioned,
				       COLLECT { MATCH (x)-[r]->(y) WHERE a.id IN r.sourceIds
				                 RETURN x.id + ' ' + type(r) + ' ' + y.id AS fact ORDER BY fact } AS facts,
				       COUNT { (a)--() } AS relationships
				ORDER BY id
				""");
	}

	static List<Map<String, Object>> query(ConfigurableApplicationContext context, String cypher) {
		return context.getBean(Driver.class).executableQuery(cypher).execute().records().stream().map(r -> r.asMap()).toList();
	}
}
