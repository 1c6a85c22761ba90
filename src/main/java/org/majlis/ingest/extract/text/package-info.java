/**
 * Text primitives of extraction: the cleaned text ({@link org.majlis.ingest.extract.text.TextCleaner}), its tokens
 * with their clitic-free forms ({@link org.majlis.ingest.extract.text.Tokenizer}), its sentences, and the matcher that
 * finds lexicon phrases in tokens ({@link org.majlis.ingest.extract.text.PhraseMatcher}). Depends on nothing else of
 * extraction.
 */
package org.majlis.ingest.extract.text;
