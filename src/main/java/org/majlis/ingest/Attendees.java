package org.majlis.ingest;

import java.util.ArrayList;
import java.util.List;

import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.EventMention;
import org.majlis.ingest.extract.Evidence;
import org.majlis.ingest.extract.Participant;

import org.springframework.stereotype.Component;

/**
 * The attendance an article reports: the people it names at its events, and for those it names only by an
 * office, the holder of that office at the event's date (or the article's), with a lower confidence.
 */
@Component
class Attendees {

	/** Confidence of an attendee named only by office and resolved to the holder of that office. */
	static final double ROLE_CONFIDENCE = 0.6;

	private final RoleHolders roleHolders;

	Attendees(RoleHolders roleHolders) {
		this.roleHolders = roleHolders;
	}

	/** Run after the article's positions are written: an office it names may be held by someone it names. */
	List<Attendance> of(ArticleExtraction article, Resolution ids, PartialDate publishedAt) {
		List<RoleHolders.Office> offices = new ArrayList<>();
		for (EventMention event : article.events()) {
			PartialDate at = event.start() != null && event.start().hasYear() ? event.start() : publishedAt;
			for (Participant participant : event.attendees()) {
				if (ids.id(participant.personRef()) == null && participant.byRole() != null) {
					offices.add(new RoleHolders.Office(participant.byRole().title(), ids.id(participant.byRole().organizationRef()), at));
				}
			}
		}
		List<String> holders = roleHolders.holdersOf(offices);
		List<Attendance> attendance = new ArrayList<>();
		int office = 0;
		for (EventMention event : article.events()) {
			for (Participant participant : event.attendees()) {
				String personId = ids.id(participant.personRef());
				Evidence evidence = participant.evidence();
				if (personId == null && participant.byRole() != null) {
					personId = holders.get(office++);
					if (personId != null && evidence != null) {
						evidence = evidence.withConfidence(Math.min(evidence.confidence(), ROLE_CONFIDENCE));
					}
				}
				attendance.add(new Attendance(personId, ids.id(event.ref()), participant.role(), evidence));
			}
		}
		return attendance;
	}
}
