package org.majlis.report;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisTest;
import org.majlis.TestStore;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The runner executes reports in read transactions only: a query that writes is refused and changes nothing. */
@MajlisTest
class ReportRunnerTests {

	@Autowired
	ReportRunner runner;

	@Autowired
	Driver driver;

	@Test
	void shouldRefuseAQueryThatWritesAndLeaveTheGraphUnchanged() throws Exception {
		String writing = new ClassPathResource("reports/write-attempt.cypher").getContentAsString(StandardCharsets.UTF_8);
		long nodes = TestStore.count(driver, "MATCH (n) RETURN count(n)");
		long relationships = TestStore.count(driver, "MATCH ()-[r]->() RETURN count(r)");
		assertThatThrownBy(() -> runner.run(writing, Map.of())).isInstanceOf(ReportRunner.ReportRefusedException.class)
			.hasMessageContaining("Neo4j refused the report")
			.cause().isInstanceOfSatisfying(ClientException.class,
					ex -> assertThat(ex.code()).isEqualTo("Neo.ClientError.Statement.AccessMode"));
		assertThat(TestStore.count(driver, "MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(TestStore.count(driver, "MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
		assertThat(TestStore.count(driver, "MATCH (p:Person {id: 'person:jurgen-stock'}) RETURN count(p)")).isEqualTo(1);
	}

	@Test
	void shouldAnswerNodesAsTheirPropertiesAndDatesAsIsoStrings() {
		ReportResult result = runner.run("MATCH (p:Place {id: $id}) RETURN p, date('2025-02-11') AS day, [1, 2] AS list",
				Map.of("id", "place:lyon"));
		assertThat(result.columns()).containsExactly("p", "day", "list");
		Map<String, Object> row = result.rows().get(0);
		assertThat(row.get("p")).isInstanceOf(Map.class).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("nameEn", "Lyon");
		assertThat(row).containsEntry("day", "2025-02-11");
	}
}
