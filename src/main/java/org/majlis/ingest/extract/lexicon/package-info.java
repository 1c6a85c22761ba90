/**
 * The word lists extraction reads by, loaded once from {@code lexicon/*.tsv} and read-only afterwards:
 * {@link org.majlis.ingest.extract.lexicon.Lexicons} holds one of each (places, organisations, offices, names, dates,
 * events, word classes, function words). Depends only on {@code text}.
 */
package org.majlis.ingest.extract.lexicon;
