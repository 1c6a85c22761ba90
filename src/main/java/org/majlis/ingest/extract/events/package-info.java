/**
 * The events an article reports ({@link org.majlis.ingest.extract.events.FindEvents}, named by a noun, or by a verb in
 * {@code VerbEvents}, their ordinals and English names by {@code EventNamer}), which event each sentence speaks of
 * ({@link org.majlis.ingest.extract.events.FollowDiscourse}), each event's dates and place
 * ({@link org.majlis.ingest.extract.events.SetEventSettings}), an event told again by its bare noun folded into the one
 * it repeats ({@link org.majlis.ingest.extract.events.OneGathering}), and the meetings a sentence counts, one per
 * counterpart ({@link org.majlis.ingest.extract.events.SplitSeries}).
 */
package org.majlis.ingest.extract.events;
