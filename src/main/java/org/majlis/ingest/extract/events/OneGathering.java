package org.majlis.ingest.extract.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * "اجتمع في عمّان وزراء داخلية …، وحضر الاجتماع …" then "في اجتماع عقد في عمّان حضره وزراء الداخلية …": a later
 * event named by its bare noun alone, of the same kind as an earlier one, held in the same place on no other day and
 * attended only by people of the earlier one, is that event told again. It goes into the earlier one with its
 * organisers and topics.
 */
public final class OneGathering implements Stage {

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.EVENTS, Finding.PARTICIPANTS, Finding.ORGANIZERS, Finding.SETTINGS, Finding.TOPICS);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.REPEATS);
	}

	@Override
	public void apply(ArticleContext a) {
		List<EventDraft> told = new ArrayList<>();
		for (EventDraft later : a.events) {
			EventDraft earlier = a.events.stream().filter(e -> e != later && !told.contains(e) && repeats(later, e)).findFirst().orElse(null);
			if (earlier != null) {
				earlier.organizers.putAll(later.organizers);
				later.topics.forEach(earlier.topics::putIfAbsent);
				told.add(later);
			}
		}
		if (told.isEmpty()) {
			return;
		}
		a.events.removeAll(told);
		// the pairs the attendance decision weighed for an event told again were weighed for the earlier one too
		List<String> gone = told.stream().map(e -> e.ref).toList();
		a.attendance = a.attendance.stream().filter(c -> !gone.contains(c.eventRef())).toList();
	}

	private static boolean repeats(EventDraft later, EventDraft earlier) {
		return later.anchor > earlier.anchor && later.kind == earlier.kind && later.tense == null && earlier.tense == null
				&& Tokenizer.words(later.name).size() == 1 && later.placeRef != null && later.placeRef.equals(earlier.placeRef)
				&& (later.start == null || Objects.equals(later.start, earlier.start)) && !later.attendees.isEmpty()
				&& earlier.attendees.keySet().containsAll(later.attendees.keySet()) && later.sideOf == null;
	}
}
