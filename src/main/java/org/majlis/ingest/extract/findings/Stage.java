package org.majlis.ingest.extract.findings;

import java.util.Set;

/**
 * One step of the extraction: reads what earlier stages put in the article's context and adds its own findings. A
 * stage declares both, and may read only what a stage before it adds.
 */
public interface Stage {

	/** The findings this stage reads of the article's context. */
	Set<Finding> reads();

	/** The findings this stage adds to the article's context. */
	Set<Finding> adds();

	void apply(ArticleContext article);
}
