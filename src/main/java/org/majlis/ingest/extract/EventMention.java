package org.majlis.ingest.extract;

import java.util.List;

import org.majlis.common.PartialDate;
import org.majlis.event.EventKind;

/**
 * An event the article reports: a meeting, conference, general assembly, visit or workshop.
 *
 * @param name a descriptive Arabic name with its ordinal when given ("الدورة 93 للجمعية العامة للإنتربول")
 * @param start start date; year-less ({@code --11-24}) when the article gives no year and has no date
 * @param virtual true when held online, false when stated in person, null when unknown
 * @param placeRef ref of where it was held (the most specific place known)
 */
public record EventMention(
		String ref,
		String name,
		String nameEn,
		List<String> aliases,
		EventKind kind,
		PartialDate start,
		PartialDate end,
		Boolean virtual,
		String placeRef,
		List<FactRef> organizers,
		List<Participant> attendees,
		List<TopicMention> topics,
		Evidence evidence) {
}
