package org.majlis.store;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded server runs when {@code majlis.neo4j.embedded.enabled} is true, or when it is unset and no
 * external Neo4j is configured with {@code spring.neo4j.uri} (or {@code NEO4J_URI}).
 */
class EmbeddedNeo4jCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return enabled(context.getEnvironment());
	}

	static boolean enabled(Environment env) {
		String explicit = env.getProperty("majlis.neo4j.embedded.enabled");
		if (explicit != null && !explicit.isBlank()) {
			return Boolean.parseBoolean(explicit.strip());
		}
		String uri = env.getProperty("spring.neo4j.uri");
		return uri == null || uri.isBlank();
	}
}
