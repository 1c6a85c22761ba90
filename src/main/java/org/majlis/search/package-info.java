/** Finding nodes: {@code node(id)} across every kind, and full-text {@code search} over names and aliases. */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.majlis.search;
