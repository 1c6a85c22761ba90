package org.majlis.ingest.extract.findings;

/** One step of the extraction: reads what earlier stages put in the article's context and adds its own findings. */
public interface Stage {

	void apply(ArticleContext article);
}
