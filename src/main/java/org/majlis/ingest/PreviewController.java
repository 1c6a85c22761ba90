package org.majlis.ingest;

import org.majlis.common.PartialDate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code extractArticle} and {@code extractPage}: the dry runs of {@code ingestArticle} and {@code ingestPage}, open to readers since they write nothing. */
@Controller
class PreviewController {

	private final IngestService ingest;

	PreviewController(IngestService ingest) {
		this.ingest = ingest;
	}

	@QueryMapping
	ExtractionPreview extractArticle(@Argument String text, @Argument PartialDate publishedAt) {
		return ingest.preview(text, publishedAt);
	}

	@QueryMapping
	ExtractionPreview extractPage(@Argument String html, @Argument String url) {
		return ingest.previewPage(html, url);
	}
}
