package org.majlis.ingest.page;

import org.majlis.common.PartialDate;

/**
 * The article a page holds: its text as a reader sees it (one paragraph a line) and what the page says about it.
 *
 * @param publishedAt the publication date in the outlet's own time zone, or null when the page states none
 * @param url the canonical url, else the url the page was read from
 * @param language the page's ISO 639-1 language, or null when it states none
 */
public record PageArticle(String text, String title, PartialDate publishedAt, String outlet, String url, String language) {
}
