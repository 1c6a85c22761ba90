package org.majlis.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @GraphQlTest} slice of a module's controller needs from the web module beyond what the slice scans
 * (controllers, exception resolvers such as the store's UNAVAILABLE, instrumentations): the scalars (PartialDate,
 * DateTime, JSON) and the BAD_REQUEST error of an invalid argument, which the application declares in a configuration
 * class that slices leave out. Import it beside the controller and pass {@link #NO_STORE}; the controller's
 * collaborators are {@code @MockitoBean}s.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(GraphQlConfiguration.class)
public class GraphQlSlice {

	/**
	 * The setting every slice passes ({@code @GraphQlTest(properties = GraphQlSlice.NO_STORE)}): the embedded Neo4j
	 * starts as soon as a context of the application is prepared, slices included, and would otherwise open ./data.
	 */
	public static final String NO_STORE = "majlis.neo4j.embedded.enabled=false";
}
