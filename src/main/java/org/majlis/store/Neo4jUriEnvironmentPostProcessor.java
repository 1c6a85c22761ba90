package org.majlis.store;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Accepts the environment variables that Neo4j's own tools and Aura use ({@code NEO4J_URI},
 * {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD}) as Spring's {@code spring.neo4j.*} settings, which win when set.
 */
class Neo4jUriEnvironmentPostProcessor implements EnvironmentPostProcessor {

	private static final Map<String, String> ALIASES = Map.of(
			"NEO4J_URI", "spring.neo4j.uri",
			"NEO4J_USERNAME", "spring.neo4j.authentication.username",
			"NEO4J_PASSWORD", "spring.neo4j.authentication.password");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> values = new HashMap<>();
		ALIASES.forEach((variable, property) -> {
			String value = environment.getProperty(variable);
			if (value != null && !value.isBlank() && !environment.containsProperty(property)) {
				values.put(property, value);
			}
		});
		if (!values.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource("neo4jEnvironmentAliases", values));
		}
	}
}
