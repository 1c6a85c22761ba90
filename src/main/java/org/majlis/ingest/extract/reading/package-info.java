/**
 * The first stage: {@link org.majlis.ingest.extract.reading.ReadText} cleans the article and splits it into tokens and
 * sentences, and finds where its body starts after the headline lines.
 */
package org.majlis.ingest.extract.reading;
