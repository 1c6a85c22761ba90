package org.majlis.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @GraphQlTest} slice of a module's controller needs from the web module beyond what the slice scans
 * (controllers, exception resolvers such as the store's UNAVAILABLE, instrumentations): the scalars (PartialDate,
 * DateTime, JSON) and the BAD_REQUEST error of an invalid argument, which the application declares in a configuration
 * class that slices leave out. Import it beside the controller; its collaborators are {@code @MockitoBean}s.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(GraphQlConfiguration.class)
public class GraphQlSlice {
}
