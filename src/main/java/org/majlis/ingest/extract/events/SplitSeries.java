package org.majlis.ingest.extract.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.majlis.event.EventKind;
import org.majlis.ingest.extract.Participant;
import org.majlis.ingest.extract.findings.Actor;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;

/**
 * "عقد الوزير لقاءين مع …، و…", "أجرى … سلسلة من اللقاءات جمعته على التوالي بكل من …، و…": a sentence that counts its
 * meetings ({@code event-series.tsv}) reports one meeting with each counterpart it names after the word, each with the
 * person who held them. The meeting read from the sentence keeps the first counterpart; each other one gets a meeting of
 * its own with the same date, place, organisers and topics. Two counterparts at least, and a dual noun exactly two.
 */
public final class SplitSeries implements Stage {

	private final Lexicons lex;

	public SplitSeries(Lexicons lex) {
		this.lex = lex;
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.ENTITIES, Finding.EVENTS, Finding.DISCOURSE, Finding.PARTICIPANTS, Finding.ORGANIZERS,
				Finding.SETTINGS, Finding.TOPICS);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.SERIES);
	}

	@Override
	public void apply(ArticleContext a) {
		Set<EventDraft> split = new HashSet<>();
		for (PhraseMatcher.Match<String> marker : lex.events.series.findAll(a.tokens)) {
			int sentence = a.sentenceIndex(marker.start());
			EventDraft meeting = sentence < a.governing.length ? a.governing[sentence] : null;
			if (marker.start() < a.bodyStart || meeting == null || split.contains(meeting) || !meeting.mentionedIn(a, sentence)
					|| meeting.kind != EventKind.MEETING && meeting.kind != EventKind.VISIT) {
				continue;
			}
			String holder = holder(a, meeting, sentence, marker.start());
			List<String> counterparts = counterparts(a, meeting, sentence, marker.end(), holder);
			boolean dual = marker.value().equals("dual");
			if (holder == null || counterparts.size() < 2 || dual && counterparts.size() != 2) {
				continue;
			}
			split.add(meeting);
			meeting.name = "لقاء " + a.peopleRegistry.name(holder) + " و" + a.peopleRegistry.name(counterparts.getFirst());
			for (String counterpart : counterparts.subList(1, counterparts.size())) {
				a.events.add(meetingWith(a, meeting, holder, counterpart));
				meeting.attendees.remove(counterpart);
			}
		}
	}

	/** The person who held the meetings: the one received or meeting before the word, else the nearest attendee before it. */
	private static String holder(ArticleContext a, EventDraft meeting, int sentence, int marker) {
		if (meeting.hostRef != null && meeting.attendees.containsKey(meeting.hostRef)) {
			return meeting.hostRef;
		}
		String nearest = null;
		for (Actor actor : a.actors) {
			if (actor.personRef() != null && actor.end() <= marker && a.sentenceIndex(actor.start()) == sentence
					&& meeting.attendees.containsKey(actor.personRef())) {
				nearest = actor.personRef();
			}
		}
		return nearest;
	}

	/** The attendees named after the word in its sentence, in the order named, the holder left out. */
	private static List<String> counterparts(ArticleContext a, EventDraft meeting, int sentence, int after, String holder) {
		Set<String> named = new LinkedHashSet<>();
		for (Actor actor : a.actors) {
			if (actor.personRef() != null && actor.start() >= after && a.sentenceIndex(actor.start()) == sentence
					&& meeting.attendees.containsKey(actor.personRef()) && !actor.personRef().equals(holder)) {
				named.add(actor.personRef());
			}
		}
		return new ArrayList<>(named);
	}

	private static EventDraft meetingWith(ArticleContext a, EventDraft meeting, String holder, String counterpart) {
		String ref = "e" + (a.events.size() + 1);
		while (ref(a, ref)) {
			ref = ref + "s";
		}
		EventDraft one = new EventDraft(ref, meeting.origin, meeting.kind, meeting.family,
				"لقاء " + a.peopleRegistry.name(holder) + " و" + a.peopleRegistry.name(counterpart), meeting.anchor, meeting.evidence);
		one.families.addAll(meeting.families);
		one.mentions.addAll(meeting.mentions);
		one.tense = meeting.tense;
		one.hostRef = holder;
		one.reception = meeting.reception;
		one.sideOf = meeting.sideOf;
		one.nameOrganizer = meeting.nameOrganizer;
		Participant held = meeting.attendees.get(holder);
		one.attendees.put(holder, held);
		one.attendees.put(counterpart, meeting.attendees.get(counterpart));
		one.organizers.putAll(meeting.organizers);
		one.start = meeting.start;
		one.end = meeting.end;
		one.placeRef = meeting.placeRef;
		one.virtual = meeting.virtual;
		one.topics.putAll(meeting.topics);
		return one;
	}

	private static boolean ref(ArticleContext a, String ref) {
		return a.events.stream().anyMatch(e -> e.ref.equals(ref));
	}
}
