/**
 * Extraction: reads one Arabic article and answers the people, organisations, places and events it reports, before
 * anything is resolved against the graph. This package is its API for the rest of ingestion:
 * {@link org.majlis.ingest.extract.ArticleExtractor} and the {@link org.majlis.ingest.extract.ArticleExtraction} it
 * answers, with its mentions and their {@link org.majlis.ingest.extract.Evidence}.
 * <p>
 * Below it, one package per family of stages ({@code reading}, {@code places}, {@code dates}, {@code organizations},
 * {@code people}, {@code entities}, {@code events}, {@code participation}, {@code topics}), each stage with its own
 * rule helpers, and the three packages they share and which know no stage: {@code findings} (what stages find and
 * pass on), {@code lexicon} (the word lists) and {@code text} (tokens, sentences, phrase matching).
 */
package org.majlis.ingest.extract;
