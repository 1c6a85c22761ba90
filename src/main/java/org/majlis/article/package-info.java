/**
 * Articles: the news items the graph was read from (metadata only, never their text), and the
 * {@code Source.article} link every provenance record resolves through.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Articles")
package org.majlis.article;
