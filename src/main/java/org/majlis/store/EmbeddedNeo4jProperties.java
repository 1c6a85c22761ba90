package org.majlis.store;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * Settings of the in-process Neo4j server ({@code majlis.neo4j.embedded.*}).
 *
 * @param enabled true unless {@code spring.neo4j.uri} names another Neo4j (see {@link #runsIn})
 * @param dataDir where the store lives
 * @param boltPort Bolt port on 127.0.0.1; 0 picks a free one
 * @param pageCache page cache size in Neo4j's notation (512m, 2g)
 * @param minReplanInterval how long a cached Cypher plan is kept before Neo4j checks whether the store's statistics
 * changed enough to plan the statement again (Neo4j's {@code dbms.cypher.min_replan_interval}, 10 s by default there:
 * while articles arrived in a small graph, every statement was then planned again every 10 s, about 40 % of what Neo4j's
 * Bolt workers spent under {@code bench/load}; a plan made for a smaller graph is now kept up to this long)
 */
@ConfigurationProperties("majlis.neo4j.embedded")
public record EmbeddedNeo4jProperties(
		Boolean enabled,
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("256m") String pageCache,
		@DefaultValue("5m") Duration minReplanInterval) {

	/**
	 * Whether the embedded server runs with these settings: {@code majlis.neo4j.embedded.enabled} when set, otherwise
	 * when no external Neo4j is configured with {@code spring.neo4j.uri} (or {@code NEO4J_URI}).
	 */
	public static boolean runsIn(Environment env) {
		// converted as the binder converts enabled (true/on/yes/1), so that the beans and the bound settings agree
		Boolean explicit = env.getProperty("majlis.neo4j.embedded.enabled", Boolean.class);
		if (explicit != null) {
			return explicit;
		}
		String uri = env.getProperty("spring.neo4j.uri");
		return uri == null || uri.isBlank();
	}
}
