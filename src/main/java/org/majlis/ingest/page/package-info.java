/**
 * Web pages as articles: finds the article body of a saved or fetched HTML page (jsoup and a readability-style score of
 * text and link density) and the metadata the page states about itself (publication date, title, outlet, canonical url,
 * language). Pure Java; the ingestion service turns what it reads into an article input.
 */
package org.majlis.ingest.page;
