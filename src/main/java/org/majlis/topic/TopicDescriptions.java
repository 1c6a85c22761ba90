package org.majlis.topic;

import org.majlis.model.NodeLabel;
import org.majlis.query.Condition;
import org.majlis.query.RootField;
import org.majlis.query.TypeDescription;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code Topic} type once for the whole service, and the {@code topics} and {@code topic} root fields. */
@Configuration(proxyBeanMethods = false)
class TopicDescriptions {

	@Bean
	TypeDescription topicType() {
		return TypeDescription.node(NodeLabel.TOPIC).properties("id", "key", "name", "nameEn");
	}

	@Bean
	RootField topicsRoot() {
		return RootField.of("topics", (compilation, environment) -> {
			String topic = compilation.variable("t");
			return "COLLECT { MATCH (" + topic + ":Topic) WITH * ORDER BY " + topic + ".key RETURN "
					+ compilation.node(compilation.types().get("Topic"), topic, environment.getSelectionSet().getImmediateFields()) + " }";
		});
	}

	@Bean
	RootField topicRoot() {
		return RootField.of("topic", (compilation, environment) -> {
			Object key = Condition.topicKey(environment.getArgument("key"));
			if (key == null) {
				return "null";
			}
			String topic = compilation.variable("t");
			return "head(COLLECT { MATCH (" + topic + ":Topic {key: " + compilation.parameter(key) + "}) RETURN "
					+ compilation.node(compilation.types().get("Topic"), topic, environment.getSelectionSet().getImmediateFields()) + " })";
		});
	}
}
