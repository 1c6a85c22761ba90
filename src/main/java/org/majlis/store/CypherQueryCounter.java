package org.majlis.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Counts the Cypher statements the application sends through {@link Neo4jClient}, which every feature uses
 * for its queries: the figure that shows a GraphQL request costs a bounded number of queries.
 */
@Component
public class CypherQueryCounter implements BeanPostProcessor {

	private final AtomicLong queries = new AtomicLong();

	/** Statements sent since start-up. */
	public long count() {
		return queries.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof Neo4jClient client) || Proxy.isProxyClass(bean.getClass())) {
			return bean;
		}
		return Proxy.newProxyInstance(Neo4jClient.class.getClassLoader(), new Class<?>[] { Neo4jClient.class },
				(proxy, method, args) -> {
					if (method.getName().equals("query")) {
						queries.incrementAndGet();
					}
					try {
						return method.invoke(client, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}
}
