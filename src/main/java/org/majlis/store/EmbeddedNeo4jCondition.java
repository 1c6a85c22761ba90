package org.majlis.store;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The embedded server's beans exist when its settings say it runs ({@link EmbeddedNeo4jProperties#runsIn}). */
class EmbeddedNeo4jCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return EmbeddedNeo4jProperties.runsIn(context.getEnvironment());
	}
}
