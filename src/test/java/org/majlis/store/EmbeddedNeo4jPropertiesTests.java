package org.majlis.store;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the embedded Neo4j runs: the one rule that its beans, its early start and the offline commands read. */
class EmbeddedNeo4jPropertiesTests {

	@Test
	void runsUnlessAnExternalNeo4jIsConfigured() {
		assertThat(EmbeddedNeo4jProperties.runsIn(new MockEnvironment())).isTrue();
		assertThat(EmbeddedNeo4jProperties.runsIn(new MockEnvironment().withProperty("spring.neo4j.uri", " "))).isTrue();
		assertThat(EmbeddedNeo4jProperties.runsIn(new MockEnvironment().withProperty("spring.neo4j.uri", "neo4j://db:7687"))).isFalse();
	}

	@Test
	void theExplicitSettingWinsAndIsReadAsTheBinderReadsIt() {
		MockEnvironment external = new MockEnvironment().withProperty("spring.neo4j.uri", "neo4j://db:7687");
		assertThat(EmbeddedNeo4jProperties.runsIn(external.withProperty("majlis.neo4j.embedded.enabled", "yes"))).isTrue();
		assertThat(EmbeddedNeo4jProperties.runsIn(new MockEnvironment().withProperty("majlis.neo4j.embedded.enabled", "off"))).isFalse();
		assertThat(EmbeddedNeo4jProperties.runsIn(new MockEnvironment().withProperty("majlis.neo4j.embedded.enabled", ""))).isTrue();
	}

	@Test
	void aValueThatIsNoBooleanIsAnError() {
		MockEnvironment env = new MockEnvironment().withProperty("majlis.neo4j.embedded.enabled", "maybe");
		assertThatThrownBy(() -> EmbeddedNeo4jProperties.runsIn(env)).hasMessageContaining("maybe");
	}
}
