package org.majlis.ingest;

import java.util.List;
import java.util.stream.Stream;

import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.Evidence;

/**
 * What ingesting an article would add, without writing it: every entity with the node it would resolve to
 * (an existing one, or a new one), and every fact, each with the sentence and the rule that read it and the
 * confidence. Entities are linked by their article-local {@code ref}s ({@code p1}, {@code o2}, {@code e1}).
 *
 * @param publishedAt the date relative dates were read against: the one given, else the dateline's
 */
public record ExtractionPreview(
		PartialDate publishedAt,
		List<EventPreview> events,
		List<PersonPreview> people,
		List<OrganizationPreview> organizations,
		List<PlacePreview> places,
		List<PositionPreview> positions,
		List<AttendancePreview> attendances,
		List<OrganizerPreview> organizers,
		List<TopicPreview> topics) {

	/** Entities that would become new nodes. */
	public int newNodes() {
		return (int) resolutions().filter(r -> !r.existing()).map(Resolved::id).distinct().count();
	}

	/** Entities that would be added to nodes the graph already holds. */
	public int existingNodes() {
		return (int) resolutions().filter(Resolved::existing).map(Resolved::id).distinct().count();
	}

	private Stream<Resolved> resolutions() {
		return Stream.of(events.stream().map(EventPreview::resolution), people.stream().map(PersonPreview::resolution),
				organizations.stream().map(OrganizationPreview::resolution), places.stream().map(PlacePreview::resolution))
			.flatMap(s -> s);
	}

	/** Where an item was read and why: its sentence, the extraction rule, how sure it is (1.0 stated outright). */
	public record Why(String sentence, String rule, double confidence) {

		static Why of(Evidence evidence) {
			return evidence == null ? new Why("", "", 0) : new Why(evidence.quote(), evidence.rule() == null ? "" : evidence.rule(),
					evidence.confidence());
		}
	}

	/**
	 * The node an entity would resolve to: an existing node ({@code existing}, with the name the graph holds for
	 * it) or a new one, with the id it would get.
	 */
	public record Resolved(String id, boolean existing, String existingName) {
	}

	public record PlacePreview(String ref, String name, String nameEn, String kind, String lexiconKey, PlacePreview country,
			Resolved resolution, Why why) {
	}

	public record OrganizationPreview(String ref, String name, String nameEn, String acronym, String lexiconKey, boolean national,
			PlacePreview country, OrganizationPreview parent, Resolved resolution, Why why) {
	}

	public record PersonPreview(String ref, String name, String nameEn, List<String> ranks, List<String> aliases, Resolved resolution,
			Why why) {
	}

	public record EventPreview(String ref, String name, String nameEn, String kind, PartialDate start, PartialDate end, Boolean virtual,
			PlacePreview place, Resolved resolution, Why why) {
	}

	public record PositionPreview(PersonPreview person, String title, String titleEn, OrganizationPreview organization, Why why) {
	}

	/**
	 * A person at an event. {@code byRole} is the office when the article names only that ("رئيس الإنتربول"); then
	 * {@code person} is its holder in the article, or {@code holderId} the holder the graph knows, or neither.
	 */
	public record AttendancePreview(EventPreview event, PersonPreview person, String byRole, String holderId, String role, Why why) {
	}

	public record OrganizerPreview(EventPreview event, OrganizationPreview organization, Why why) {
	}

	public record TopicPreview(EventPreview event, String key, Why why) {
	}
}
