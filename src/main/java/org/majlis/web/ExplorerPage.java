package org.majlis.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The graph explorer page: {@code static/explorer/} in the jar, reached at {@code /explorer}. The page's
 * relative links (its script, the Cytoscape WebJar, the GraphQL endpoint) resolve from {@code /explorer/}.
 */
@Configuration(proxyBeanMethods = false)
class ExplorerPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/explorer", "/explorer/");
		registry.addViewController("/explorer/").setViewName("forward:/explorer/index.html");
	}
}
