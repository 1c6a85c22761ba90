package org.majlis.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the demo graph ({@code cypher/demo}) on the first start with an empty store
 * ({@code majlis.demo.enabled})
 */
@ConfigurationProperties("majlis.demo")
record DemoProperties(@DefaultValue("true") boolean enabled) {
}
