/**
 * The topics of the vocabulary each event discussed ({@link org.majlis.ingest.extract.topics.FindTopics}).
 */
package org.majlis.ingest.extract.topics;
