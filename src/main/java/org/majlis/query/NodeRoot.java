package org.majlis.query;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code node(id)}: the node of the label its id's prefix names, merged ids leading to their survivor. */
@Configuration(proxyBeanMethods = false)
class NodeRoot {

	@Bean
	RootField nodeById() {
		return RootField.of("node", (compilation, environment) -> {
			String id = environment.getArgument("id");
			return compilation.types().ofId(id).map(type -> {
				String node = compilation.variable("n");
				return "head(COLLECT { MATCH (" + node + ":" + type.label() + " {id: " + compilation.mergedId(id) + "}) RETURN "
						+ compilation.node(type, node, environment.getSelectionSet().getImmediateFields()) + " })";
			}).orElse("null");
		});
	}
}
