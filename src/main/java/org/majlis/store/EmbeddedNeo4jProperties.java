package org.majlis.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j server ({@code majlis.neo4j.embedded.*}).
 *
 * @param enabled true unless {@code spring.neo4j.uri} names another Neo4j (see {@link EmbeddedNeo4jCondition})
 * @param dataDir where the store lives
 * @param boltPort Bolt port on 127.0.0.1; 0 picks a free one
 * @param pageCache page cache size in Neo4j's notation (512m, 2g)
 */
@ConfigurationProperties("majlis.neo4j.embedded")
public record EmbeddedNeo4jProperties(
		Boolean enabled,
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("256m") String pageCache) {
}
