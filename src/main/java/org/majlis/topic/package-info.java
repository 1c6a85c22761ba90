/**
 * Topics: the controlled vocabulary of {@code lexicon/topics.tsv} (its keys are part of the API), kept in the
 * graph as {@code (:Topic)} nodes at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Topics")
package org.majlis.topic;
