package org.majlis.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisTest;
import org.majlis.store.CypherQueryCounter;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@MajlisTest
class QueryPlanWarmupTests {

	@Autowired
	QueryPlanWarmup warmup;

	@Autowired
	CypherQueryCounter statements;

	@Test
	void runsEveryReadOnlyExampleQueryAgainstTheStore() throws IOException {
		long readOnly;
		try (Stream<Path> examples = Files.list(Path.of("graphql", "examples"))) {
			readOnly = examples.filter(file -> {
				try {
					return Files.readAllLines(file).stream().map(String::strip).noneMatch(line -> line.startsWith("mutation"));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).count();
		}
		long before = statements.count();

		assertThat(warmup.warm()).isEqualTo(readOnly).isPositive();
		assertThat(statements.count() - before).as("Cypher statements the warm-up sent").isGreaterThanOrEqualTo(readOnly);
	}
}
