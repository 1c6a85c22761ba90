package org.majlis.ingest;

import org.majlis.common.PartialDate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code extractArticle}: the dry run of {@code ingestArticle}, open to readers since it writes nothing. */
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
}
