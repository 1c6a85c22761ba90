package org.majlis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.majlis.store.EmbeddedNeo4jProperties;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded store's folder as the service sees it ({@code application.yml}, environment variables, system
 * properties, arguments), read by a bare Spring context that starts neither Neo4j nor anything else: the
 * offline commands must not open the store they copy.
 */
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
final class StoreSettings {

	private StoreSettings() {
	}

	/**
	 * The embedded store's folder; {@code dataDir} overrides the settings when not null. Throws when the settings
	 * name an external Neo4j, whose store these commands cannot reach.
	 */
	static Path dataDir(Path dataDir) {
		List<String> args = new ArrayList<>(List.of("--logging.level.root=WARN", "--spring.main.log-startup-info=false"));
		if (dataDir != null) {
			args.add("--majlis.neo4j.embedded.data-dir=" + dataDir);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StoreSettings.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.run(args.toArray(String[]::new))) {
			EmbeddedNeo4jProperties properties = context.getBean(EmbeddedNeo4jProperties.class);
			if (!EmbeddedNeo4jProperties.runsIn(context.getEnvironment())) {
				throw new IllegalStateException("The settings name an external Neo4j (spring.neo4j.uri); backup and restore copy "
						+ "the embedded store only: use neo4j-admin database dump/load on that server");
			}
			return properties.dataDir().toAbsolutePath().normalize();
		}
	}
}
