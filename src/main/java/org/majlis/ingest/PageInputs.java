package org.majlis.ingest;

import org.majlis.ingest.page.PageArticle;
import org.majlis.ingest.page.PageReader;
import org.majlis.ingest.page.UnreadablePageException;

/** The article input of a web page: its main text, with the date, title, outlet, url and language the page states. */
final class PageInputs {

	private PageInputs() {
	}

	static IngestArticleInput of(String html, String url) {
		try {
			return input(PageReader.read(html, url));
		}
		catch (UnreadablePageException ex) {
			throw new InvalidArticleException(ex.getMessage());
		}
	}

	static IngestArticleInput of(byte[] html, String charset, String url) {
		try {
			return input(PageReader.read(html, charset, url));
		}
		catch (UnreadablePageException ex) {
			throw new InvalidArticleException(ex.getMessage());
		}
	}

	private static IngestArticleInput input(PageArticle page) {
		return new IngestArticleInput(page.text(), page.url(), page.title(), page.publishedAt(), page.language(), page.outlet());
	}
}
